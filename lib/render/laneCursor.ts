import type { Breakpoint } from '../mix/types';

/** How a lane's value becomes the AudioParam's value. */
export type ParamMapping = 'unit' | 'db-to-gain';

const DB_TO_LN = Math.LN10 / 20;

/**
 * Streams one parameter's per-sample values (a-rate, as Web Audio evaluates automation) under the
 * curve contract of `valueAt` in lib/mix, optionally mapping a dB lane to amplitude. Values are rounded to
 * float32 because AudioParam values are floats in every browser. Frame f is at time f / sampleRate;
 * a breakpoint at t is in force from the first frame whose time is >= t.
 */
export class LaneCursor {
  private index = 0;
  constructor(
    private readonly points: readonly Breakpoint[],
    private readonly fallback: number,
    private readonly sampleRate: number,
    private readonly mapping: ParamMapping = 'unit',
  ) {}

  /** True when the lane has breakpoints, i.e. the value may change over time. */
  get automated(): boolean {
    return this.points.length > 0;
  }

  /** The param value of a lane without breakpoints. */
  get steadyValue(): number {
    return this.map(this.fallback);
  }

  private map(v: number): number {
    return Math.fround(this.mapping === 'db-to-gain' ? Math.exp(v * DB_TO_LN) : v);
  }

  /**
   * Writes values for absolute frames [firstFrame, firstFrame + n) into out[0, n).
   * Frames must be requested in increasing order. Returns true when all n values are equal.
   */
  fill(out: Float64Array, firstFrame: number, n: number): boolean {
    const pts = this.points;
    const sr = this.sampleRate;
    if (pts.length === 0) {
      out.fill(this.steadyValue, 0, n);
      return true;
    }
    const db = this.mapping === 'db-to-gain';
    let k = 0;
    while (k < n) {
      const t = (firstFrame + k) / sr;
      while (this.index + 1 < pts.length && pts[this.index + 1]!.atSec <= t) this.index++;
      const left = pts[this.index]!;
      const right = pts[this.index + 1];
      // Frames before the first point, after the last, or on a step hold one value.
      if (t < left.atSec || right === undefined || left.curve === 'step') {
        const until =
          t < left.atSec ? left.atSec : right === undefined ? Number.POSITIVE_INFINITY : right.atSec;
        const v = this.map(left.value);
        while (k < n && (firstFrame + k) / sr < until) out[k++] = v;
        continue;
      }
      const t0 = left.atSec;
      const span = right.atSec - t0;
      const v0 = left.value;
      const v1 = right.value;
      const geometric = left.curve === 'exponential' && v0 > 0 && v1 > 0;
      const ratio = geometric ? v1 / v0 : 0;
      while (k < n) {
        const tk = (firstFrame + k) / sr;
        if (tk >= right.atSec) break;
        const frac = (tk - t0) / span;
        const v = geometric ? v0 * ratio ** frac : v0 + (v1 - v0) * frac;
        out[k++] = Math.fround(db ? Math.exp(v * DB_TO_LN) : v);
      }
    }
    for (let i = 1; i < n; i++) if (out[i] !== out[0]) return false;
    return true;
  }
}
