import { describe, expect, it } from 'vitest';
import { sniffAudioFormat } from '@/lib/audio/sniff';
import { noise } from './signals';
import { makeWav } from './wav-fixture';

/** Three chained MPEG-1 Layer III frames (128 kbps, 44.1 kHz, no padding: 417 bytes each). */
const mp3Frames = (count = 3): Uint8Array => {
  const bytes = new Uint8Array(417 * count);
  for (let i = 0; i < count; i++) bytes.set([0xff, 0xfb, 0x90, 0x64], i * 417);
  return bytes;
};

const withId3 = (body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(10 + 300 + body.length);
  out.set([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0x02, 0x2c]); // 300-byte tag
  out.set(body, 310);
  return out;
};

describe('sniffAudioFormat', () => {
  it('recognises WAV, FLAC and MP3 by their bytes', () => {
    expect(sniffAudioFormat(makeWav({ encoding: 'pcm', bits: 16, sampleRate: 8000, channels: [[0]] }))).toBe(
      'wav',
    );
    expect(sniffAudioFormat(Uint8Array.from([0x66, 0x4c, 0x61, 0x43, 0, 0, 0, 34]))).toBe('flac');
    expect(sniffAudioFormat(mp3Frames())).toBe('mp3');
  });

  it('recognises MP3 behind an ID3v2 tag', () => {
    expect(sniffAudioFormat(withId3(mp3Frames()))).toBe('mp3');
  });

  it('does not call a single frame header, or a header followed by junk, MP3', () => {
    const lone = new Uint8Array(2000);
    lone.set([0xff, 0xfb, 0x90, 0x64]);
    expect(sniffAudioFormat(lone)).toBeNull();
    expect(sniffAudioFormat(withId3(lone))).toBeNull();
  });

  it('does not recognise random bytes', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const bytes = Uint8Array.from(noise(16 * 1024, 1, seed), (x) => Math.floor((x + 1) * 127.99));
      expect(sniffAudioFormat(bytes)).toBeNull();
    }
  });
});
