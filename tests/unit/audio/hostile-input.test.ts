import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '@/lib/audio/byte-source';
import { openAudio, probeAudio } from '@/lib/audio/open-audio';
import { noise } from './signals';
import { dataBody, fmtBody, riff, type WavSpec } from './wav-fixture';

const spec: WavSpec = { encoding: 'pcm', bits: 16, sampleRate: 48_000, channels: [[1, 2, 3, 4]] };

const probeError = async (bytes: Uint8Array): Promise<string> => {
  const result = await probeAudio(memoryByteSource(bytes));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};

/** Bytes that look like an MP3 frame header every few bytes but never chain into real frames. */
const falseMp3Headers = (): Uint8Array => {
  const bytes = new Uint8Array(64 * 1024);
  for (let i = 0; i < bytes.length; i += 97) bytes.set([0xff, 0xfb, 0x90, 0x64], i); // 128 kbps 44.1k frame = 417 bytes
  return bytes;
};

describe('hostile input', () => {
  it('refuses a chunk that declares far more bytes than the file holds', async () => {
    const bytes = riff([{ id: 'LIST', body: new Uint8Array(4), declaredSize: 0xfffffff0 }]);
    expect(await probeError(bytes)).toMatch(/damaged: its 'LIST' chunk declares 4\.3 GB/);
  });

  it('refuses a zero-size fmt chunk', async () => {
    const bytes = riff([
      { id: 'fmt ', body: new Uint8Array(0) },
      { id: 'data', body: dataBody(spec) },
    ]);
    expect(await probeError(bytes)).toMatch(/fmt chunk is 0 bytes long/);
  });

  it('refuses truncated data with a sentence giving both sizes', async () => {
    const full = riff([
      { id: 'fmt ', body: fmtBody(spec) },
      { id: 'data', body: new Uint8Array(9_600_000) },
    ]);
    const error = await probeError(full.subarray(0, 4_100_044));
    expect(error).toBe(
      'The WAV file is truncated: the data chunk declares 9.6 MB but only 4.1 MB are present.',
    );
  });

  it('refuses a WAV without a fmt chunk and one made of a thousand empty chunks', async () => {
    expect(await probeError(riff([{ id: 'data', body: dataBody(spec) }]))).toMatch(/no fmt chunk/);
    const empties = Array.from({ length: 2000 }, () => ({ id: 'junk', body: new Uint8Array(0) }));
    expect(await probeError(riff(empties))).toMatch(/no fmt chunk/);
  });

  it('refuses a sample rate outside 8 kHz..384 kHz and more than 8 channels', async () => {
    const slow = riff([
      { id: 'fmt ', body: fmtBody({ ...spec, sampleRate: 4000 }) },
      { id: 'data', body: dataBody(spec) },
    ]);
    expect(await probeError(slow)).toMatch(/4000 Hz is not supported/);
    const wide: WavSpec = { ...spec, channels: Array.from({ length: 9 }, () => [0]) };
    const nine = riff([
      { id: 'fmt ', body: fmtBody(wide) },
      { id: 'data', body: dataBody(wide) },
    ]);
    expect(await probeError(nine)).toMatch(/9 channels/);
  });

  it('refuses false MP3 frame headers that do not chain', async () => {
    expect(await probeError(falseMp3Headers())).toBe('This file is not a WAV, FLAC or MP3 audio file.');
  });

  it('counts frames instead of trusting a Xing header that claims more frames than the file can hold', async () => {
    const frames = 10;
    const bytes = new Uint8Array(417 * frames); // MPEG-1 Layer III, 128 kbps, 44.1 kHz: 417-byte frames
    for (let i = 0; i < frames; i++) bytes.set([0xff, 0xfb, 0x90, 0x64], i * 417);
    bytes.set([0x58, 0x69, 0x6e, 0x67, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff], 36); // "Xing", frames = 2^32 - 1
    const probe = await probeAudio(memoryByteSource(bytes));
    expect(probe.ok && probe.value.frames).toBe(frames * 1152);
  });

  it('refuses an ID3 tag with no audio after it', async () => {
    const tag = new Uint8Array(2000);
    tag.set([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0x0f, 0x46]); // size 1990
    expect(await probeError(tag)).toBe('The MP3 file has no valid audio frames.');
  });

  it('refuses random bytes and empty files', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = Uint8Array.from(noise(32 * 1024, 1, seed), (x) => Math.floor((x + 1) * 127.99));
      expect(await probeError(bytes)).toBe('This file is not a WAV, FLAC or MP3 audio file.');
    }
    expect(await probeError(new Uint8Array(0))).toBe('The file is empty.');
  });

  it('refuses a FLAC marker followed by junk', async () => {
    const bytes = new Uint8Array(1000).fill(0x55);
    bytes.set([0x66, 0x4c, 0x61, 0x43, 0x00, 0x00, 0x00, 0x22]);
    expect(await probeError(bytes)).toMatch(/^The FLAC file/);
  });

  it('stops decoding when the caller cancels or the audio is longer than allowed', async () => {
    const long: WavSpec = { ...spec, channels: [new Array<number>(48_000 * 3).fill(5)] };
    const bytes = riff([
      { id: 'fmt ', body: fmtBody(long) },
      { id: 'data', body: dataBody(long) },
    ]);
    const opened = await openAudio(memoryByteSource(bytes));
    if (!opened.ok) throw new Error(opened.error);
    const tooLong = await opened.value.decode(() => {}, { maxFrames: 48_000 });
    expect(tooLong).toEqual({ ok: false, error: 'The audio is longer than the 1 s limit.' });
    const cancelled = await opened.value.decode(() => {}, { isCancelled: () => true });
    expect(cancelled).toEqual({ ok: false, error: 'The analysis was cancelled.' });
  });
});
