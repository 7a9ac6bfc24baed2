import type { BandType, Curve, EqBand } from './types';

/** Name of the root Y.Map of a song's mix document (`doc.getMap(MIX_ROOT_KEY)`). */
export const MIX_ROOT_KEY = 'mix';

/** Inclusive ranges every writer enforces. Gain ranges exclude `null` (-inf), which is allowed separately. */
export const RANGES = {
  trackGainDb: { min: -96, max: 12 },
  masterGainDb: { min: -96, max: 12 },
  pan: { min: -1, max: 1 },
  eqFreqHz: { min: 20, max: 20_000 },
  eqGainDb: { min: -24, max: 24 },
  eqQ: { min: 0.1, max: 18 },
  /** Ten hours: far beyond any song, small enough to catch unit mistakes (ms written as s). */
  atSec: { min: 0, max: 36_000 },
  /** Characters in a track or marker name. */
  nameLength: { min: 1, max: 100 },
  /** Position of a track or band; only the ordering matters. */
  order: { min: -1e9, max: 1e9 },
  /** EQ bands per track or master. */
  eqBands: { max: 16 },
} as const;

export const BAND_TYPES: readonly BandType[] = ['lowshelf', 'peaking', 'highshelf', 'highpass', 'lowpass'];
export const CURVES: readonly Curve[] = ['step', 'linear', 'exponential'];

export const DEFAULT_TRACK_GAIN_DB = 0;
export const DEFAULT_MASTER_GAIN_DB = 0;
export const DEFAULT_PAN = 0;
export const DEFAULT_EQ_Q = 1;
export const DEFAULT_CURVE: Curve = 'linear';

/**
 * EQ of a new track and of a new master bus: all flat, so a fresh mix sounds like the raw stems.
 * Band ids are fixed so that two clients initialising the same empty document write identical content.
 */
export const DEFAULT_EQ: readonly EqBand[] = [
  { id: 'hp', type: 'highpass', freqHz: 30, gainDb: 0, q: 0.71, on: false, order: 0 },
  { id: 'ls', type: 'lowshelf', freqHz: 120, gainDb: 0, q: 0.71, on: true, order: 1 },
  { id: 'pk', type: 'peaking', freqHz: 1000, gainDb: 0, q: 1, on: true, order: 2 },
  { id: 'hs', type: 'highshelf', freqHz: 8000, gainDb: 0, q: 0.71, on: true, order: 3 },
];

/** Track colours, assigned in stem order and cycled (CSS hex, readable on dark and light backgrounds). */
export const TRACK_COLORS: readonly string[] = [
  '#e6194b',
  '#f58231',
  '#ffe119',
  '#3cb44b',
  '#42d4f4',
  '#4363d8',
  '#911eb4',
  '#f032e6',
];

/** Colour of the track at position `index` (0-based). */
export const trackColor = (index: number): string =>
  TRACK_COLORS[((index % TRACK_COLORS.length) + TRACK_COLORS.length) % TRACK_COLORS.length]!;
