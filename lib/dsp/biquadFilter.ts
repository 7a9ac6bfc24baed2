import type { BiquadCoefficients } from './biquadCoefficients';

/** The four delay elements of one channel of a Direct Form I biquad, in double precision. */
export interface BiquadState {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** A fresh (silent) biquad state. */
export const createBiquadState = (): BiquadState => ({ x1: 0, x2: 0, y1: 0, y2: 0 });

/**
 * Filters `data[from, to)` in place with fixed coefficients (Direct Form I, double precision, the
 * structure Chromium's `Biquad::Process` uses).
 */
export function processBiquad(
  c: BiquadCoefficients,
  s: BiquadState,
  data: Float64Array,
  from: number,
  to: number,
): void {
  const { b0, b1, b2, a1, a2 } = c;
  let { x1, x2, y1, y2 } = s;
  for (let i = from; i < to; i++) {
    const x = data[i]!;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    data[i] = y;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
  }
  // Flush denormals so a long silence after a loud passage does not slow the loop down.
  s.x1 = x1;
  s.x2 = x2;
  s.y1 = Math.abs(y1) < 1e-30 ? 0 : y1;
  s.y2 = Math.abs(y2) < 1e-30 ? 0 : y2;
}

/** Per-sample coefficient arrays, used while a filter parameter is being automated. */
export interface BiquadCoefficientArrays {
  b0: Float64Array;
  b1: Float64Array;
  b2: Float64Array;
  a1: Float64Array;
  a2: Float64Array;
}

/** Allocates per-sample coefficient arrays for blocks of `frames`. */
export const createBiquadCoefficientArrays = (frames: number): BiquadCoefficientArrays => ({
  b0: new Float64Array(frames),
  b1: new Float64Array(frames),
  b2: new Float64Array(frames),
  a1: new Float64Array(frames),
  a2: new Float64Array(frames),
});

/** Filters `data[from, to)` in place where sample i uses coefficients at index i − from. */
export function processBiquadSampleAccurate(
  c: BiquadCoefficientArrays,
  s: BiquadState,
  data: Float64Array,
  from: number,
  to: number,
): void {
  let { x1, x2, y1, y2 } = s;
  for (let i = from, k = 0; i < to; i++, k++) {
    const x = data[i]!;
    const y = c.b0[k]! * x + c.b1[k]! * x1 + c.b2[k]! * x2 - c.a1[k]! * y1 - c.a2[k]! * y2;
    data[i] = y;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
  }
  s.x1 = x1;
  s.x2 = x2;
  s.y1 = Math.abs(y1) < 1e-30 ? 0 : y1;
  s.y2 = Math.abs(y2) < 1e-30 ? 0 : y2;
}
