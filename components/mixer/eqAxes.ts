import { RANGES } from '@/lib/mix';

const MIN_HZ = RANGES.eqFreqHz.min;
const MAX_HZ = RANGES.eqFreqHz.max;
/** The graph shows ±24 dB, the range of a band's gain. */
export const EQ_GRAPH_DB = RANGES.eqGainDb.max;

/** 0..1 across the log frequency axis, 20 Hz .. 20 kHz. */
export const freqToUnit = (freqHz: number): number => Math.log(freqHz / MIN_HZ) / Math.log(MAX_HZ / MIN_HZ);

/** Frequency at 0..1 across the axis, clamped to the band range and rounded to what a label shows. */
export const unitToFreq = (unit: number): number => {
  const freqHz = MIN_HZ * (MAX_HZ / MIN_HZ) ** Math.min(1, Math.max(0, unit));
  const rounded =
    freqHz < 100
      ? Math.round(freqHz * 10) / 10
      : freqHz < 1000
        ? Math.round(freqHz)
        : Math.round(freqHz / 10) * 10;
  return Math.min(MAX_HZ, Math.max(MIN_HZ, rounded));
};

/** 0 (top, +24 dB) .. 1 (bottom, -24 dB). */
export const dbToUnit = (gainDb: number): number => 0.5 - gainDb / (2 * EQ_GRAPH_DB);

/** Gain at 0..1 down the axis, clamped to ±24 dB, rounded to 0.1 dB. */
export const unitToDb = (unit: number): number =>
  Math.round(Math.min(EQ_GRAPH_DB, Math.max(-EQ_GRAPH_DB, (0.5 - unit) * 2 * EQ_GRAPH_DB)) * 10) / 10 + 0;

/** Types whose gain means something (Web Audio ignores gain for highpass and lowpass). */
export const bandUsesGain = (type: string): boolean => type !== 'highpass' && type !== 'lowpass';

/** Types whose Q means something (Web Audio's shelves ignore Q). */
export const bandUsesQ = (type: string): boolean => type !== 'lowshelf' && type !== 'highshelf';

/** Q after one wheel notch: multiplicative, so it feels the same at 0.3 and at 10. */
export const stepQ = (q: number, notches: number): number =>
  Math.round(Math.min(RANGES.eqQ.max, Math.max(RANGES.eqQ.min, q * 1.1 ** notches)) * 100) / 100;

export const GRID_FREQUENCIES_HZ = [50, 100, 200, 500, 1000, 2000, 5000, 10_000] as const;
export const GRID_DB = [18, 12, 6, 0, -6, -12, -18] as const;
