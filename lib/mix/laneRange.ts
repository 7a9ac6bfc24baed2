import { RANGES } from './constants';
import type { AutomationTarget } from './types';

/** What an automation lane's values mean and which values it accepts. */
export interface LaneRange {
  min: number;
  max: number;
  unit: 'dB' | 'pan' | 'Hz';
  /** Exponential curves need strictly positive values on both ends of a segment. */
  allowsExponential: boolean;
}

/** A parsed automation lane key. */
export type ParsedTarget =
  | { kind: 'gain' }
  | { kind: 'pan' }
  | { kind: 'eq'; bandId: string; param: 'gainDb' | 'freqHz' };

const EQ_TARGET = /^eq\.([^.]+)\.(gainDb|freqHz)$/;

/** Parses a lane key (`gain`, `pan`, `eq.<bandId>.gainDb`, `eq.<bandId>.freqHz`); undefined if not one. */
export const parseTarget = (key: string): ParsedTarget | undefined => {
  if (key === 'gain' || key === 'pan') return { kind: key };
  const match = EQ_TARGET.exec(key);
  if (!match) return undefined;
  return { kind: 'eq', bandId: match[1]!, param: match[2] as 'gainDb' | 'freqHz' };
};

/** True if `key` names an automation lane. */
export const isAutomationTarget = (key: string): key is AutomationTarget => parseTarget(key) !== undefined;

/** The lane keys of one EQ band. */
export const eqLaneTargets = (bandId: string): [AutomationTarget, AutomationTarget] => [
  `eq.${bandId}.gainDb`,
  `eq.${bandId}.freqHz`,
];

/** Range and unit of the values of an automation lane (gain lanes use -96 dB as their floor, not -inf). */
export const laneRange = (target: AutomationTarget): LaneRange => {
  const parsed = parseTarget(target);
  if (parsed?.kind === 'pan') return { ...RANGES.pan, unit: 'pan', allowsExponential: false };
  if (parsed?.kind === 'eq' && parsed.param === 'freqHz') {
    return { ...RANGES.eqFreqHz, unit: 'Hz', allowsExponential: true };
  }
  if (parsed?.kind === 'eq') return { ...RANGES.eqGainDb, unit: 'dB', allowsExponential: false };
  return { ...RANGES.trackGainDb, unit: 'dB', allowsExponential: false };
};
