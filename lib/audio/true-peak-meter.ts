import { designInterpolator, truePeakOversampling } from '../dsp/oversample';
import { FOLDED_TAPS, foldInterpolator, maxAbsInterpolated } from './true-peak-kernel';

/** Tracks the largest absolute value of a signal and of its oversampled reconstruction. */
export interface TruePeakMeter {
  /** Feeds the next samples of channel `channel`. */
  push(channel: number, samples: Float32Array): void;
  /** Returns the linear true peak (never below the sample peak). */
  finish(): number;
}

const KAISER_BETA = 6;
/** Intervals examined together; a chunk whose inputs cannot beat the current peak is skipped. */
const CHUNK = 64;

/**
 * True-peak meter per BS.1770-4 Annex 2 with a polyphase windowed-sinc interpolator. Skipping chunks
 * whose window maximum times the filter's gain bound cannot exceed the peak so far keeps the cost low
 * without changing the result.
 */
export const createTruePeakMeter = (sampleRate: number, channels: number): TruePeakMeter => {
  const factor = truePeakOversampling(sampleRate);
  const ip = designInterpolator(factor, FOLDED_TAPS, KAISER_BETA);
  const kernel = factor === 1 ? null : foldInterpolator(ip);
  const taps = ip.tapsPerPhase;
  const history = Array.from({ length: channels }, () => new Float32Array(taps - 1));
  // Intervals whose window would reach before the first sample are not interpolated: zero padding
  // there would make an abrupt start ring (Gibbs) and report a peak the programme does not have.
  const unprimed = new Array<number>(channels).fill(taps - 1);
  let ext = new Float32Array(0);
  let peak = 0;

  const push = (channel: number, x: Float32Array): void => {
    const n = x.length;
    const first = kernel ? Math.min(n, unprimed[channel]!) : n;
    // Samples outside any interpolation window (the very start, or everything at 1×) are peaked here;
    // all others are covered by the window maxima below, which saves a pass over the block.
    for (let i = 0; i < first; i++) {
      const a = Math.abs(x[i]!);
      if (a > peak) peak = a;
    }
    if (!kernel || n === 0) return;
    unprimed[channel] = unprimed[channel]! - first;
    const hist = history[channel]!;
    if (ext.length < n + taps - 1) ext = new Float32Array(n + taps - 1);
    ext.set(hist, 0);
    ext.set(x, taps - 1);
    for (let s = first; s < n; s += CHUNK) {
      const e = Math.min(n, s + CHUNK);
      let windowMax = 0;
      for (let k = s; k < e + taps - 1; k++) {
        const a = Math.abs(ext[k]!);
        if (a > windowMax) windowMax = a;
      }
      if (windowMax * ip.gainBound > peak) {
        const a = maxAbsInterpolated(kernel, ext, s, e);
        if (a > peak) peak = a;
      }
      if (windowMax > peak) peak = windowMax;
    }
    hist.set(ext.subarray(n, n + taps - 1));
  };

  return {
    push,
    // No zero flush at the end either, for the same reason as at the start.
    finish: () => peak,
  };
};
