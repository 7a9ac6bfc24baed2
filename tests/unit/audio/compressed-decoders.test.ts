import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAll, rmsDb } from './decode-helpers';
import { sineAt } from './signals';
import { wav24 } from './wav-fixture';

const FFMPEG = '/usr/bin/ffmpeg';
const hasFfmpeg = existsSync(FFMPEG);
const SECONDS = 2;
const AMPLITUDE = 0.5; // sine peak: RMS is -9.03 dBFS

let dir = '';
const encode = (rate: number, channels: number, args: string[], name: string): Uint8Array => {
  const source = join(dir, `${name}.wav`);
  const sine = sineAt(rate, SECONDS, 1000, 0, AMPLITUDE);
  writeFileSync(
    source,
    wav24(
      rate,
      Array.from({ length: channels }, () => sine),
    ),
  );
  const out = join(dir, name);
  execFileSync(FFMPEG, ['-loglevel', 'error', '-y', '-i', source, ...args, out]);
  return readFileSync(out);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mixroom-codecs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasFfmpeg)(
  'FLAC and MP3 decoding (files made by /usr/bin/ffmpeg; skipped only when it is missing)',
  () => {
    it.each([
      { rate: 44_100, channels: 2, bits: 16, fmt: 's16' },
      { rate: 96_000, channels: 1, bits: 24, fmt: 's32' },
    ])(
      'decodes a $bits-bit $rate Hz FLAC with $channels channel(s) at the right level',
      async ({ rate, channels, bits, fmt }) => {
        const bytes = encode(rate, channels, ['-sample_fmt', fmt, '-c:a', 'flac'], `s${rate}.flac`);
        const result = await decodeAll(bytes);
        if (!result.ok) throw new Error(result.error);
        expect(result.value.facts).toEqual({
          format: 'flac',
          sampleRate: rate,
          channels,
          bitDepth: bits,
          durationSec: SECONDS,
          frames: rate * SECONDS,
        });
        expect(result.value.channels).toHaveLength(channels);
        expect(result.value.channels[0]!.length).toBe(rate * SECONDS);
        expect(rmsDb(result.value.channels[0]!)).toBeCloseTo(-9.03, 1);
      },
    );

    it.each([
      { rate: 44_100, channels: 2, bitrate: '192k' },
      { rate: 48_000, channels: 1, bitrate: '128k' },
    ])(
      'decodes a $bitrate $rate Hz MP3 with $channels channel(s) with the right length and level',
      async ({ rate, channels, bitrate }) => {
        const bytes = encode(rate, channels, ['-c:a', 'libmp3lame', '-b:a', bitrate], `s${rate}.mp3`);
        const result = await decodeAll(bytes);
        if (!result.ok) throw new Error(result.error);
        const { facts } = result.value;
        expect(facts).toMatchObject({ format: 'mp3', sampleRate: rate, channels });
        expect(facts.durationSec).toBeCloseTo(SECONDS, 1);
        expect(result.value.channels[0]!.length / rate).toBeCloseTo(SECONDS, 1);
        expect(Math.abs(rmsDb(result.value.channels[0]!, 2048) + 9.03)).toBeLessThan(0.6);
      },
    );

    it('reads an MP3 behind an ID3v2 tag and without a Xing header by counting frames', async () => {
      const bytes = encode(
        44_100,
        2,
        ['-c:a', 'libmp3lame', '-b:a', '128k', '-write_xing', '0', '-metadata', 'title=Mixroom'],
        'tagged.mp3',
      );
      expect(String.fromCharCode(...bytes.subarray(0, 3))).toBe('ID3');
      const result = await decodeAll(bytes);
      if (!result.ok) throw new Error(result.error);
      expect(result.value.facts.durationSec).toBeCloseTo(SECONDS, 1);
    });

    it('refuses a FLAC file cut in the middle of its first frame', async () => {
      const bytes = encode(44_100, 2, ['-sample_fmt', 's16', '-c:a', 'flac'], 'cut.flac');
      const result = await decodeAll(bytes.subarray(0, 8300));
      expect(result.ok).toBe(false);
    });
  },
);
