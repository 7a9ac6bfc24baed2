import { RANGES } from '@/lib/mix';

/** Fader travel, 0 (bottom, -inf) .. 1 (top, +12 dB). */
export type FaderPosition = number;

/**
 * Piecewise-linear fader law (position -> dB), like a console: the bottom 1 % is -inf, -96..-20 dB
 * is squeezed into the lower fifth, and -20..+6 dB gets two thirds of the travel, where mixing happens.
 */
const LAW: readonly (readonly [FaderPosition, number])[] = [
  [0.01, -96],
  [0.06, -60],
  [0.12, -40],
  [0.2, -20],
  [0.45, -10],
  [0.72, 0],
  [0.88, 6],
  [1, 12],
];

const MIN_POSITION = LAW[0]![0];

/** Gain in dB at a fader position; null (-inf) at the very bottom. Rounded to 0.1 dB. */
export const faderPositionToDb = (position: FaderPosition): number | null => {
  if (!(position >= MIN_POSITION)) return null;
  const p = Math.min(position, 1);
  for (let i = 1; i < LAW.length; i++) {
    const [p1, db1] = LAW[i]!;
    const [p0, db0] = LAW[i - 1]!;
    if (p <= p1) return roundDb(db0 + ((p - p0) / (p1 - p0)) * (db1 - db0));
  }
  return RANGES.trackGainDb.max;
};

/** Fader position of a gain in dB (null = -inf -> 0); values outside the law are clamped. */
export const dbToFaderPosition = (gainDb: number | null): FaderPosition => {
  if (gainDb === null || !Number.isFinite(gainDb)) return 0;
  const db = Math.min(Math.max(gainDb, RANGES.trackGainDb.min), RANGES.trackGainDb.max);
  for (let i = 1; i < LAW.length; i++) {
    const [p1, db1] = LAW[i]!;
    const [p0, db0] = LAW[i - 1]!;
    if (db <= db1) return p0 + ((db - db0) / (db1 - db0)) * (p1 - p0);
  }
  return 1;
};

/** 0.1 dB is finer than anyone hears and keeps the document free of float noise. */
export const roundDb = (gainDb: number): number => Math.round(gainDb * 10) / 10 + 0;

/**
 * One keyboard step of a fader: `direction` +1 up, -1 down. Steps are 1 dB (0.1 dB when `fine`) where
 * mixing happens and coarser below -40 dB; stepping down from -96 dB reaches -inf, up from -inf -60 dB.
 */
export const stepFaderDb = (gainDb: number | null, direction: 1 | -1, fine = false): number | null => {
  const { min, max } = RANGES.trackGainDb;
  if (gainDb === null) return direction > 0 ? -60 : null;
  const step = fine ? 0.1 : gainDb < -40 || (gainDb === -40 && direction < 0) ? 6 : 1;
  const next = roundDb(gainDb + direction * step);
  if (next < min) return gainDb <= min ? null : min;
  return Math.min(next, max);
};
