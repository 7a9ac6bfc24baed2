import { describe, expect, it } from 'vitest';
import { FOLDED_TAPS, foldInterpolator, maxAbsInterpolated } from '@/lib/audio/true-peak-kernel';
import { designInterpolator } from '@/lib/dsp/oversample';
import { noise } from './signals';

/** The plain polyphase computation the folded kernel must equal. */
const direct = (factor: number, x: Float32Array, from: number, to: number): number => {
  const ip = designInterpolator(factor, FOLDED_TAPS, 6);
  let peak = 0;
  for (let p = 1; p < factor; p++) {
    for (let m = from; m < to; m++) {
      let y = 0;
      for (let t = 0; t < FOLDED_TAPS; t++) y += ip.phases[p]![t]! * x[m + t]!;
      peak = Math.max(peak, Math.abs(y));
    }
  }
  return peak;
};

describe('folded true-peak kernel', () => {
  it.each([2, 4])('finds the same interpolated peak as the direct %i× polyphase filter', (factor) => {
    const kernel = foldInterpolator(designInterpolator(factor, FOLDED_TAPS, 6));
    for (let seed = 1; seed <= 5; seed++) {
      const x = noise(64 + FOLDED_TAPS, 1, seed);
      expect(maxAbsInterpolated(kernel, x, 0, 64)).toBeCloseTo(direct(factor, x, 0, 64), 5);
    }
  });
});
