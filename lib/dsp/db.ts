/** Decibel value (20·log10 of an amplitude ratio). */
export type Db = number;

/** Converts a level in dB to a linear amplitude gain (0 dB -> 1). */
export const dbToGain = (db: Db): number => 10 ** (db / 20);

/** Converts a linear amplitude gain to dB; 0 (or less) maps to -Infinity. */
export const gainToDb = (gain: number): Db => (gain > 0 ? 20 * Math.log10(gain) : Number.NEGATIVE_INFINITY);
