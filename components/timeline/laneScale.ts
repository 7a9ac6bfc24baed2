import { dbToFaderPosition, faderPositionToDb } from '@/components/mixer/faderLaw';
import { type AutomationTarget, laneRange } from '@/lib/mix';

/**
 * Vertical position (0 = bottom, 1 = top) of an automation value, in the lane's natural scale: gain
 * follows the console fader law (the mixing range gets most of the height), frequency is
 * logarithmic, pan and EQ gain are linear.
 */
export const valueToLanePosition = (target: AutomationTarget, value: number): number => {
  const range = laneRange(target);
  const v = Math.min(Math.max(value, range.min), range.max);
  if (target === 'gain') return dbToFaderPosition(v);
  if (range.unit === 'Hz') return Math.log(v / range.min) / Math.log(range.max / range.min);
  return (v - range.min) / (range.max - range.min);
};

/** The automation value at a vertical position (inverse of valueToLanePosition), rounded for editing. */
export const lanePositionToValue = (target: AutomationTarget, position: number): number => {
  const range = laneRange(target);
  const p = Math.min(Math.max(position, 0), 1);
  if (target === 'gain') return faderPositionToDb(p) ?? range.min;
  if (range.unit === 'Hz') return Math.round(range.min * (range.max / range.min) ** p);
  const value = range.min + p * (range.max - range.min);
  return range.unit === 'pan' ? Math.round(value * 100) / 100 : Math.round(value * 10) / 10;
};
