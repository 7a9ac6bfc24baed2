import type { Breakpoint } from '../mix/types';

/**
 * The automation curve contract (mirrors `lib/mix` valueAt): before the first point the first value,
 * after the last point the last value; between points the LEFT point's curve decides: `step` holds,
 * `linear` interpolates in the lane's unit, `exponential` interpolates geometrically when both ends
 * are strictly positive (otherwise linearly, since a geometric path through zero does not exist).
 * A point at exactly time t is already in force at t (Web Audio's "first frame at or after the event").
 */
export function segmentValue(left: Breakpoint, right: Breakpoint, atSec: number): number {
  if (atSec >= right.atSec) return right.value;
  if (left.curve === 'step' || right.atSec <= left.atSec) return left.value;
  const frac = (atSec - left.atSec) / (right.atSec - left.atSec);
  if (left.curve === 'exponential' && left.value > 0 && right.value > 0) {
    return left.value * (right.value / left.value) ** frac;
  }
  return left.value + (right.value - left.value) * frac;
}

/** Index of the last breakpoint at or before `atSec` (−1 when before the first). */
export function segmentIndex(points: readonly Breakpoint[], atSec: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.atSec <= atSec) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Value of a lane at `atSec` under the curve contract above; `fallback` when the lane is empty. */
export function laneValueAt(points: readonly Breakpoint[], atSec: number, fallback: number): number {
  const first = points[0];
  if (first === undefined) return fallback;
  const i = segmentIndex(points, atSec);
  if (i < 0) return first.value;
  const left = points[i]!;
  const right = points[i + 1];
  return right === undefined ? left.value : segmentValue(left, right, atSec);
}
