import type { Breakpoint } from '../mix/types';
import { segmentValue } from './laneValue';

/**
 * Streams one parameter's per-sample values (a-rate, as Web Audio evaluates automation), with an
 * optional transform from the lane's unit to the AudioParam's (e.g. dB -> amplitude). Values are
 * rounded to float32 because AudioParam values are floats in every browser.
 */
export class LaneCursor {
  private index = 0;
  constructor(
    private readonly points: readonly Breakpoint[],
    private readonly fallback: number,
    private readonly sampleRate: number,
    private readonly toParam: (laneValue: number) => number = (v) => v,
  ) {}

  /** True when the lane has breakpoints, i.e. the value may change over time. */
  get automated(): boolean {
    return this.points.length > 0;
  }

  /**
   * Writes values for absolute frames [firstFrame, firstFrame + n) into out[0, n).
   * Frames must be requested in increasing order. Returns true when all n values are equal.
   */
  fill(out: Float64Array, firstFrame: number, n: number): boolean {
    const pts = this.points;
    if (pts.length === 0) {
      out.fill(Math.fround(this.toParam(this.fallback)), 0, n);
      return true;
    }
    let constant = true;
    for (let k = 0; k < n; k++) {
      const t = (firstFrame + k) / this.sampleRate;
      while (this.index + 1 < pts.length && pts[this.index + 1]!.atSec <= t) this.index++;
      const left = pts[this.index]!;
      const right = pts[this.index + 1];
      const v = t < left.atSec || right === undefined ? left.value : segmentValue(left, right, t);
      out[k] = Math.fround(this.toParam(v));
      if (k > 0 && out[k] !== out[0]) constant = false;
    }
    return constant;
  }
}
