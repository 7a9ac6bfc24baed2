import type { Breakpoint, Seconds } from './types';

/**
 * Value of an automation lane at `atSec`. This is the curve contract shared by the browser player and
 * the reference renderer; docs/mix-document.md states the same rules.
 *
 * - `breakpoints` must be sorted by (atSec, id), as `readMix` returns them.
 * - No breakpoint: `fallback` (the parameter's static value).
 * - Before the first breakpoint: the first breakpoint's value. After the last: the last one's value.
 * - At a breakpoint's exact time: that breakpoint's value; when several share the time, the last one
 *   in (atSec, id) order wins (a vertical jump).
 * - Between breakpoint L (left) and R (right), L's curve decides, with x = (atSec - L.atSec) / (R.atSec - L.atSec):
 *   - `step`: L.value (held until R);
 *   - `linear`: L.value + (R.value - L.value) * x, in the lane's own unit (dB, pan, Hz);
 *   - `exponential`: L.value * (R.value / L.value) ** x; if either value is <= 0 (only a foreign writer
 *     can store that) the segment is evaluated as linear.
 */
export const valueAt = (breakpoints: readonly Breakpoint[], atSec: Seconds, fallback: number): number => {
  const first = breakpoints[0];
  if (first === undefined) return fallback;
  if (atSec < first.atSec) return first.value;
  // Binary search for the last breakpoint with time <= atSec: lanes can hold thousands of points
  // and the player calls this per render quantum.
  let lo = 0;
  let hi = breakpoints.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (breakpoints[mid]!.atSec <= atSec) lo = mid;
    else hi = mid - 1;
  }
  const left = breakpoints[lo]!;
  const right = breakpoints[lo + 1];
  if (right === undefined || left.curve === 'step') return left.value;
  const x = (atSec - left.atSec) / (right.atSec - left.atSec);
  if (left.curve === 'exponential' && left.value > 0 && right.value > 0) {
    return left.value * (right.value / left.value) ** x;
  }
  return left.value + (right.value - left.value) * x;
};
