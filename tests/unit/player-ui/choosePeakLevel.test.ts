import { describe, expect, it } from 'vitest';
import { choosePeakLevel, peaksForPixels } from '@/components/waveform/choosePeakLevel';

const levels = [256, 1024, 4096, 16384].map((framesPerColumn) => ({ framesPerColumn }));

describe('choosing the peaks zoom level for a pixel width', () => {
  it('takes the coarsest level whose columns still fit in one pixel', () => {
    // 35 s at 48 kHz over 1000 device pixels: 1680 frames per pixel -> the 1024-frame level.
    expect(choosePeakLevel(levels, (35 * 48_000) / 1000)).toBe(1);
    expect(choosePeakLevel(levels, 4096)).toBe(2);
    expect(choosePeakLevel(levels, 100_000)).toBe(3);
  });

  it('falls back to the finest level when zoomed in beyond it', () => {
    expect(choosePeakLevel(levels, 10)).toBe(0);
  });

  it('does not depend on the order the levels are listed in', () => {
    const shuffled = [levels[2]!, levels[0]!, levels[3]!, levels[1]!];
    expect(shuffled[choosePeakLevel(shuffled, 1680)]!.framesPerColumn).toBe(1024);
  });
});

describe('folding peaks columns into pixels', () => {
  const level = {
    framesPerColumn: 256,
    min: Int8Array.from([-10, -127, 0, -64]),
    max: Int8Array.from([10, 20, 127, 64]),
  };

  it('keeps the extreme min and max of every column a pixel covers', () => {
    const { min, max } = peaksForPixels(level, 4 * 256, 2);
    expect(min[0]).toBe(-1);
    expect(min[1]).toBeCloseTo(-64 / 127, 6);
    expect(max[0]).toBeCloseTo(20 / 127, 6);
    expect(max[1]).toBe(1);
  });

  it('repeats a column across pixels when there are fewer columns than pixels', () => {
    const { min, max } = peaksForPixels(level, 4 * 256, 8);
    expect(min[0]).toBe(min[1]);
    expect(max[6]).toBeCloseTo(64 / 127);
    expect(max.every((v) => v > 0)).toBe(true);
  });
});
