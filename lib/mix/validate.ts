import { BAND_TYPES, CURVES, RANGES } from './constants';
import { laneRange } from './laneRange';
import { fail, ok, type Result } from './result';
import type { AutomationTarget, BandType, Curve } from './types';

/** Checks that `value` is a finite number within [min, max]; `label` names it in the error. */
export const checkNumber = (
  label: string,
  value: unknown,
  range: { min: number; max: number },
): Result<number> => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail('invalid', `${label} must be a finite number, got ${String(value)}`);
  }
  if (value < range.min || value > range.max) {
    return fail('out-of-range', `${label} ${value} is outside [${range.min}, ${range.max}]`);
  }
  // -0 would survive Yjs but not JSON; storing 0 keeps snapshots and saved versions identical.
  return ok(value === 0 ? 0 : value);
};

/** Checks a gain in dB, where `null` means -inf (silence). */
export const checkGainDb = (
  label: string,
  value: unknown,
  range: { min: number; max: number },
): Result<number | null> => (value === null ? ok(null) : checkNumber(label, value, range));

/** Checks a boolean flag. */
export const checkBoolean = (label: string, value: unknown): Result<boolean> =>
  typeof value === 'boolean'
    ? ok(value)
    : fail('invalid', `${label} must be a boolean, got ${String(value)}`);

/** Checks a track or marker name: a string of 1..100 characters once trimmed. Returns it trimmed. */
export const checkName = (label: string, value: unknown): Result<string> => {
  if (typeof value !== 'string') return fail('invalid', `${label} must be a string, got ${String(value)}`);
  const trimmed = value.trim();
  const { min, max } = RANGES.nameLength;
  if (trimmed.length < min || trimmed.length > max) {
    return fail('out-of-range', `${label} must have ${min}..${max} characters, got ${trimmed.length}`);
  }
  return ok(trimmed);
};

/** Checks an id (non-empty string without dots, so it can appear in a lane key). */
export const checkId = (label: string, value: unknown): Result<string> =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 && !value.includes('.')
    ? ok(value)
    : fail('invalid', `${label} must be a non-empty string without '.', got ${String(value)}`);

/** Checks an EQ band type. */
export const checkBandType = (value: unknown): Result<BandType> =>
  BAND_TYPES.includes(value as BandType)
    ? ok(value as BandType)
    : fail('invalid', `EQ band type must be one of ${BAND_TYPES.join(', ')}, got ${String(value)}`);

/** Checks a breakpoint value and curve against the lane they go into. */
export const checkBreakpoint = (
  target: AutomationTarget,
  point: { atSec: unknown; value: unknown; curve: unknown },
): Result<{ atSec: number; value: number; curve: Curve }> => {
  const atSec = checkNumber('Breakpoint time (atSec)', point.atSec, RANGES.atSec);
  if (!atSec.ok) return atSec;
  const range = laneRange(target);
  const value = checkNumber(`Breakpoint value on lane ${target}`, point.value, range);
  if (!value.ok) return value;
  if (!CURVES.includes(point.curve as Curve)) {
    return fail(
      'invalid',
      `Breakpoint curve must be one of ${CURVES.join(', ')}, got ${String(point.curve)}`,
    );
  }
  const curve = point.curve as Curve;
  if (curve === 'exponential' && !range.allowsExponential) {
    return fail(
      'invalid',
      `Exponential curve is not allowed on lane ${target}: its values can be <= 0 (use linear or step)`,
    );
  }
  return ok({ atSec: atSec.value, value: value.value, curve });
};
