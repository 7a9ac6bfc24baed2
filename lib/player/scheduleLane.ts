import { dbToGain } from '../dsp/db';
import type { Breakpoint } from '../mix/types';
import { valueAt } from '../mix/valueAt';

/** The AudioParam automation calls we use; both a native AudioParam and a Tone.Param satisfy it. */
export interface AutomatableParam {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
  cancelScheduledValues(time: number): unknown;
  setTargetAtTime(value: number, time: number, timeConstant: number): unknown;
}

/**
 * `unit`: the lane's unit is the param's unit (pan, Hz, EQ dB). `db-to-gain`: the lane is in dB and
 * the param is an amplitude (GainNode.gain).
 */
export type LaneMapping = 'unit' | 'db-to-gain';

/** Where a song time lands on the context clock while playing. */
export interface Placement {
  /** Song time at `ctxTime`. */
  songSec: number;
  ctxTime: number;
}

// A geometric-in-dB segment has no Web Audio equivalent on an amplitude param; it is approximated
// with exponential ramps (linear in dB) this long, which keeps the error far below audibility.
const DB_CURVE_STEP_SEC = 0.01;

/**
 * Schedules a lane's breakpoints on `param` from `at.songSec` on, with the Web Audio call that
 * reproduces the curve contract exactly: step → setValueAtTime; linear → linearRampToValueAtTime
 * (for a dB lane on an amplitude param: exponentialRampToValueAtTime, since linear in dB is
 * geometric in amplitude); exponential → exponentialRampToValueAtTime. A ramp's shape in Web Audio
 * is set by the event at its END, so each segment is emitted with the LEFT point's curve.
 */
export function scheduleLane(
  param: AutomatableParam,
  points: readonly Breakpoint[],
  fallback: number,
  mapping: LaneMapping,
  at: Placement,
): void {
  const toParam = mapping === 'db-to-gain' ? dbToGain : (v: number) => v;
  const ctx = (sec: number) => at.ctxTime + (sec - at.songSec);
  param.setValueAtTime(toParam(valueAt(points, at.songSec, fallback)), at.ctxTime);
  let prevSec = at.songSec;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.atSec <= at.songSec) continue;
    const left = points[i - 1];
    const t = ctx(p.atSec);
    if (left === undefined || left.curve === 'step') {
      param.setValueAtTime(toParam(p.value), t);
    } else if (left.curve === 'exponential' && left.value > 0 && p.value > 0) {
      if (mapping === 'unit') {
        param.exponentialRampToValueAtTime(p.value, t);
      } else {
        const steps = Math.max(1, Math.ceil((p.atSec - prevSec) / DB_CURVE_STEP_SEC));
        for (let s = 1; s <= steps; s++) {
          const sec = s === steps ? p.atSec : prevSec + ((p.atSec - prevSec) * s) / steps;
          param.exponentialRampToValueAtTime(toParam(valueAt(points, sec, fallback)), ctx(sec));
        }
      }
    } else if (mapping === 'db-to-gain') {
      param.exponentialRampToValueAtTime(toParam(p.value), t);
    } else {
      param.linearRampToValueAtTime(p.value, t);
    }
    prevSec = p.atSec;
  }
}
