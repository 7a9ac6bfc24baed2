import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '@/lib/audio/byte-source';
import { decodeToMemory } from '@/lib/audio/decode-to-memory';
import { probeAudio } from '@/lib/audio/open-audio';
import { decodeAll } from './decode-helpers';
import { dataBody, fmtBody, makeWav, riff, type WavSpec } from './wav-fixture';

type Case = { name: string; spec: Omit<WavSpec, 'sampleRate'>; expected: number[][] };

const CASES: Case[] = [
  {
    name: '8-bit unsigned PCM',
    spec: {
      encoding: 'pcm',
      bits: 8,
      channels: [
        [0, 255, 128, 64],
        [128, 192, 1, 128],
      ],
    },
    expected: [
      [-1, 127 / 128, 0, -0.5],
      [0, 0.5, -127 / 128, 0],
    ],
  },
  {
    name: '16-bit PCM',
    spec: {
      encoding: 'pcm',
      bits: 16,
      channels: [
        [-32768, 32767, 0, 16384],
        [1, -1, -16384, 8192],
      ],
    },
    expected: [
      [-1, 32767 / 32768, 0, 0.5],
      [1 / 32768, -1 / 32768, -0.5, 0.25],
    ],
  },
  {
    name: '24-bit PCM',
    spec: {
      encoding: 'pcm',
      bits: 24,
      channels: [
        [-8388608, 8388607, 0, -4194304],
        [1, -1, 4194304, 2097152],
      ],
    },
    expected: [
      [-1, 8388607 / 8388608, 0, -0.5],
      [1 / 8388608, -1 / 8388608, 0.5, 0.25],
    ],
  },
  {
    name: '32-bit PCM',
    spec: {
      encoding: 'pcm',
      bits: 32,
      channels: [
        [-2147483648, 2147483647, 0, 1073741824],
        [-1073741824, 0, 0, 1],
      ],
    },
    expected: [
      [-1, 1, 0, 0.5],
      [-0.5, 0, 0, 1 / 2147483648],
    ],
  },
  {
    name: '32-bit float',
    spec: {
      encoding: 'float',
      bits: 32,
      channels: [
        [-1, 0.5, 0.25, 1.5],
        [0, -0.125, 1, -2],
      ],
    },
    expected: [
      [-1, 0.5, 0.25, 1.5],
      [0, -0.125, 1, -2],
    ],
  },
  {
    name: '64-bit float',
    spec: {
      encoding: 'float',
      bits: 64,
      channels: [
        [-1, 0.5, 0.1, 1.5],
        [0, -0.125, 1, -2],
      ],
    },
    expected: [
      [-1, 0.5, Math.fround(0.1), 1.5],
      [0, -0.125, 1, -2],
    ],
  },
];

describe('WAV decoding', () => {
  it.each(CASES)('decodes $name to the known sample values', async ({ spec, expected }) => {
    const result = await decodeAll(makeWav({ ...spec, sampleRate: 44_100 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.facts).toMatchObject({
      format: 'wav',
      sampleRate: 44_100,
      channels: 2,
      bitDepth: spec.bits,
      frames: 4,
    });
    expected.forEach((values, c) => {
      for (const [i, v] of values.entries()) expect(result.value.channels[c]![i]).toBeCloseTo(v, 9);
    });
  });

  it.each([
    {
      encoding: 'pcm' as const,
      bits: 24 as const,
      values: [8388607, -8388608],
      expected: [8388607 / 8388608, -1],
    },
    { encoding: 'float' as const, bits: 32 as const, values: [0.75, -0.25], expected: [0.75, -0.25] },
  ])('decodes WAVE_FORMAT_EXTENSIBLE $encoding $bits-bit', async ({ encoding, bits, values, expected }) => {
    const result = await decodeAll(
      makeWav({ encoding, bits, sampleRate: 48_000, channels: [values, values], extensible: true }),
    );
    expect(result.ok && Array.from(result.value.channels[1]!)).toEqual(expected);
  });

  it('finds fmt and data in an odd layout: LIST first, odd-sized chunk with pad byte, data before fmt', async () => {
    const spec: WavSpec = { encoding: 'pcm', bits: 16, sampleRate: 22_050, channels: [[100, -100, 300]] };
    const bytes = riff([
      { id: 'LIST', body: new Uint8Array(13).fill(7) },
      { id: 'junk', body: new Uint8Array(3) },
      { id: 'data', body: dataBody(spec) }, // 6 bytes, mono
      { id: 'bext', body: new Uint8Array(5) },
      { id: 'fmt ', body: fmtBody(spec) },
    ]);
    const result = await decodeAll(bytes);
    expect(result.ok && Array.from(result.value.channels[0]!, (x) => Math.round(x * 32768))).toEqual([
      100, -100, 300,
    ]);
  });

  it('reports duration, frames and depth from the header when probing', async () => {
    const frames = 44_100 * 2;
    const ch = new Array<number>(frames).fill(0);
    const probe = await probeAudio(
      memoryByteSource(makeWav({ encoding: 'pcm', bits: 24, sampleRate: 44_100, channels: [ch, ch] })),
    );
    expect(probe).toEqual({
      ok: true,
      value: { format: 'wav', sampleRate: 44_100, channels: 2, bitDepth: 24, durationSec: 2, frames },
    });
  });

  it('streams long files in bounded blocks', async () => {
    const frames = 48_000 * 5;
    const ch = new Array<number>(frames).fill(1000);
    const result = await decodeAll(
      makeWav({ encoding: 'pcm', bits: 16, sampleRate: 48_000, channels: [ch, ch] }),
    );
    expect(result.ok && result.value.channels[0]!.length).toBe(frames);
    expect(result.ok && result.value.largestBlock).toBeLessThanOrEqual(1 << 17);
  });

  it('reads a data chunk of unknown size (0xFFFFFFFF, as streaming encoders write) to the end of the file', async () => {
    const spec: WavSpec = { encoding: 'pcm', bits: 16, sampleRate: 8000, channels: [[1, 2, 3]] };
    const bytes = riff([
      { id: 'fmt ', body: fmtBody(spec) },
      { id: 'data', body: dataBody(spec), declaredSize: 0xffffffff },
    ]);
    const result = await decodeAll(bytes);
    expect(result.ok && Array.from(result.value.channels[0]!, (x) => x * 32768)).toEqual([1, 2, 3]);
  });

  it('decodes a whole file into memory only up to the frame limit given', async () => {
    const spec: WavSpec = { encoding: 'pcm', bits: 16, sampleRate: 8000, channels: [[1, 2, 3, 4]] };
    const src = memoryByteSource(makeWav(spec));
    const whole = await decodeToMemory(src, 4);
    expect(whole.ok && Array.from(whole.value.channels[0]!, (x) => x * 32768)).toEqual([1, 2, 3, 4]);
    expect((await decodeToMemory(src, 3)).ok).toBe(false);
  });
});
