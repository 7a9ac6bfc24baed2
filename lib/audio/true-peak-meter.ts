import { designInterpolator, truePeakOversampling } from '../dsp/oversample';

/** Tracks the largest absolute value of a signal and of its oversampled reconstruction. */
export interface TruePeakMeter {
  /** Feeds the next samples of channel `channel`. */
  push(channel: number, samples: Float32Array): void;
  /** Returns the linear true peak (never below the sample peak). */
  finish(): number;
}

const TAPS_PER_PHASE = 12;
const KAISER_BETA = 6;
/** Intervals examined together; a chunk whose inputs cannot beat the current peak is skipped. */
const CHUNK = 64;

/** Largest |y| of one 12-tap phase over windows starting at [from, to); unrolled because it is the hot loop. */
const maxAbsPhase = (h: Float64Array, x: Float32Array, from: number, to: number): number => {
  const h0 = h[0]!;
  const h1 = h[1]!;
  const h2 = h[2]!;
  const h3 = h[3]!;
  const h4 = h[4]!;
  const h5 = h[5]!;
  const h6 = h[6]!;
  const h7 = h[7]!;
  const h8 = h[8]!;
  const h9 = h[9]!;
  const h10 = h[10]!;
  const h11 = h[11]!;
  let hi = 0;
  let lo = 0;
  for (let m = from; m < to; m++) {
    const y =
      h0 * x[m]! +
      h1 * x[m + 1]! +
      h2 * x[m + 2]! +
      h3 * x[m + 3]! +
      h4 * x[m + 4]! +
      h5 * x[m + 5]! +
      h6 * x[m + 6]! +
      h7 * x[m + 7]! +
      h8 * x[m + 8]! +
      h9 * x[m + 9]! +
      h10 * x[m + 10]! +
      h11 * x[m + 11]!;
    if (y > hi) hi = y;
    else if (y < lo) lo = y;
  }
  return Math.max(hi, -lo);
};

/**
 * True-peak meter per BS.1770-4 Annex 2 with a polyphase windowed-sinc interpolator. Skipping chunks
 * whose window maximum times the filter's gain bound cannot exceed the peak so far keeps the cost low
 * without changing the result.
 */
export const createTruePeakMeter = (sampleRate: number, channels: number): TruePeakMeter => {
  const factor = truePeakOversampling(sampleRate);
  const ip = designInterpolator(factor, TAPS_PER_PHASE, KAISER_BETA);
  const taps = ip.tapsPerPhase;
  const history = Array.from({ length: channels }, () => new Float32Array(taps - 1));
  // Intervals whose window would reach before the first sample are not interpolated: zero padding
  // there would make an abrupt start ring (Gibbs) and report a peak the programme does not have.
  const unprimed = new Array<number>(channels).fill(taps - 1);
  let ext = new Float32Array(0);
  let peak = 0;

  const push = (channel: number, x: Float32Array): void => {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const a = Math.abs(x[i]!);
      if (a > peak) peak = a;
    }
    if (factor === 1 || n === 0) return;
    const hist = history[channel]!;
    if (ext.length < n + taps - 1) ext = new Float32Array(n + taps - 1);
    ext.set(hist, 0);
    ext.set(x, taps - 1);
    const first = Math.min(n, unprimed[channel]!);
    unprimed[channel] = unprimed[channel]! - first;
    for (let s = first; s < n; s += CHUNK) {
      const e = Math.min(n, s + CHUNK);
      let windowMax = 0;
      for (let k = s; k < e + taps - 1; k++) {
        const a = Math.abs(ext[k]!);
        if (a > windowMax) windowMax = a;
      }
      if (windowMax * ip.gainBound <= peak) continue;
      for (let p = 1; p < factor; p++) {
        const a = maxAbsPhase(ip.phases[p]!, ext, s, e);
        if (a > peak) peak = a;
      }
    }
    hist.set(ext.subarray(n, n + taps - 1));
  };

  return {
    push,
    // No zero flush at the end either, for the same reason as at the start.
    finish: () => peak,
  };
};
