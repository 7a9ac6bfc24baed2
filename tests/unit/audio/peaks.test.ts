import { describe, expect, it } from 'vitest';
import { createAnalyser } from '@/lib/audio/analyser';
import type { Peaks } from '@/lib/audio/peaks';
import { decodePeaks, encodePeaks } from '@/lib/audio/peaks-codec';
import { pushInBlocks, sineAt } from './signals';

const peaksOf = (sampleRate: number, channels: Float32Array[]): Peaks => {
  const analyser = createAnalyser({ sampleRate, channels: channels.length });
  pushInBlocks(channels, analyser.push, 1000);
  return analyser.finish().peaks;
};

describe('waveform peaks', () => {
  it('gives every column of a 0.5 sine the min and max rounded outward, at all four zoom levels', () => {
    const sine = sineAt(48_000, 1, 1000, 0, 0.5);
    const peaks = peaksOf(48_000, [sine]);
    expect(peaks.levels.map((l) => l.framesPerColumn)).toEqual([256, 1024, 4096, 16384]);
    expect(peaks.levels.map((l) => l.min.length)).toEqual([188, 47, 12, 3]);
    for (const level of peaks.levels) {
      // 256 frames hold more than five cycles, so every column reaches both extremes (±63.5 → -64, 64).
      expect(new Set(level.min)).toEqual(new Set([-64]));
      expect(new Set(level.max)).toEqual(new Set([64]));
    }
  });

  it('takes the max over channels and places a spike in the right column', () => {
    const left = new Float32Array(5000);
    const right = new Float32Array(5000);
    right[1000] = 0.9;
    left[3000] = -1;
    const [fine, coarse] = peaksOf(44_100, [left, right]).levels;
    expect(fine!.max[3]).toBe(Math.ceil(0.9 * 127));
    expect(fine!.min[11]).toBe(-127);
    expect(fine!.max[0]).toBe(0);
    expect(coarse!.max[0]).toBe(115);
    expect(coarse!.min[2]).toBe(-127);
  });

  it('round-trips through the binary format', () => {
    const peaks = peaksOf(48_000, [sineAt(48_000, 0.7, 440, 30, 0.8), sineAt(48_000, 0.7, 220, 0, 0.3)]);
    const bytes = encodePeaks(peaks);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('MXPK');
    expect(decodePeaks(bytes)).toEqual({ ok: true, value: peaks });
  });

  it('refuses truncated, foreign and future-version peak files', () => {
    const bytes = encodePeaks(peaksOf(48_000, [sineAt(48_000, 0.2, 440, 0, 0.5)]));
    expect(decodePeaks(bytes.subarray(0, bytes.length - 1)).ok).toBe(false);
    expect(decodePeaks(new Uint8Array(64)).ok).toBe(false);
    const future = bytes.slice();
    future[4] = 2;
    expect(decodePeaks(future)).toEqual({
      ok: false,
      error: 'The peaks file has version 2; only version 1 is understood.',
    });
  });
});
