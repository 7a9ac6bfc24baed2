import { describe, expect, it } from 'vitest';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';

const int24 = (b: Uint8Array, at: number) => ((b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) << 8) >> 8;

describe('the 24-bit WAV encoder', () => {
  it('writes a canonical 44-byte PCM header with the sizes of the whole stream', () => {
    const h = createWav24Encoder({ sampleRate: 48_000, channels: 2, totalFrames: 1000 }).header();
    const v = new DataView(h.buffer);
    expect(new TextDecoder().decode(h.subarray(0, 4))).toBe('RIFF');
    expect(v.getUint32(4, true)).toBe(36 + 6000);
    expect(v.getUint16(20, true)).toBe(1);
    expect(v.getUint16(22, true)).toBe(2);
    expect(v.getUint32(24, true)).toBe(48_000);
    expect(v.getUint32(28, true)).toBe(48_000 * 6);
    expect(v.getUint16(32, true)).toBe(6);
    expect(v.getUint16(34, true)).toBe(24);
    expect(v.getUint32(40, true)).toBe(6000);
  });

  it('clips to [-1, 1): +1 becomes 2^23 − 1, −1 becomes −2^23, and values beyond clip', () => {
    const enc = createWav24Encoder({ sampleRate: 48_000, channels: 1, totalFrames: 5 });
    const out = enc.encode([Float32Array.from([1, -1, 2, -3, 0.5])]);
    expect([0, 3, 6, 9, 12].map((i) => int24(out, i))).toEqual([
      8_388_607, -8_388_608, 8_388_607, -8_388_608, 4_194_304,
    ]);
  });

  it('interleaves channels frame by frame and pads an odd data chunk with one byte', () => {
    const enc = createWav24Encoder({ sampleRate: 8000, channels: 1, totalFrames: 1 });
    expect(enc.end().length).toBe(1);
    const st = createWav24Encoder({ sampleRate: 8000, channels: 2, totalFrames: 1 });
    const out = st.encode([Float32Array.from([0.25]), Float32Array.from([-0.25])]);
    expect([int24(out, 0), int24(out, 3)]).toEqual([2_097_152, -2_097_152]);
    expect(st.end().length).toBe(0);
  });

  it('adds at most ±1 LSB of deterministic TPDF dither when asked, and none by default', () => {
    const x = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 0.3);
    const plain = createWav24Encoder({ sampleRate: 48_000, channels: 1, totalFrames: 1000 }).encode([x]);
    const d1 = createWav24Encoder({
      sampleRate: 48_000,
      channels: 1,
      totalFrames: 1000,
      dither: true,
    }).encode([x]);
    const d2 = createWav24Encoder({
      sampleRate: 48_000,
      channels: 1,
      totalFrames: 1000,
      dither: true,
    }).encode([x]);
    expect(d1).toEqual(d2);
    let changed = 0;
    for (let i = 0; i < 1000; i++) {
      const delta = int24(d1, i * 3) - int24(plain, i * 3);
      expect(Math.abs(delta)).toBeLessThanOrEqual(1);
      if (delta !== 0) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  });
});
