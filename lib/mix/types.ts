/**
 * The plain (JSON) shape of a song's mix, as read from the Yjs document by `lib/mix`.
 * This is the contract between the mix document, the browser player and the reference renderer.
 * The Yjs layout that stores it is documented in docs/mix-document.md.
 */

/** Decibels. `null` in a gain field means -infinity (silence). */
export type Db = number;
export type Seconds = number;
export type Hz = number;

export const MIX_SCHEMA_VERSION = 1 as const;

export type BandType = 'lowshelf' | 'peaking' | 'highshelf' | 'highpass' | 'lowpass';

export interface EqBand {
  id: string;
  type: BandType;
  freqHz: Hz;
  /** Ignored by highpass/lowpass (as in Web Audio's BiquadFilterNode). */
  gainDb: Db;
  q: number;
  on: boolean;
  /** Position of the band in the chain, ascending. */
  order: number;
}

/**
 * How the value travels from this breakpoint to the next one:
 * - `step`: holds this value until the next breakpoint (Web Audio setValueAtTime);
 * - `linear`: straight line in the lane's own unit (dB for gain, -1..1 for pan, Hz or dB for EQ);
 * - `exponential`: geometric interpolation, only for strictly positive lanes (EQ frequency).
 */
export type Curve = 'step' | 'linear' | 'exponential';

export interface Breakpoint {
  id: string;
  atSec: Seconds;
  value: number;
  curve: Curve;
}

/** `gain` (dB), `pan` (-1..1), `eq.<bandId>.gainDb`, `eq.<bandId>.freqHz`. */
export type AutomationTarget = 'gain' | 'pan' | `eq.${string}.gainDb` | `eq.${string}.freqHz`;

export interface TrackState {
  id: string;
  name: string;
  stemId: string;
  order: number;
  color: string;
  /** null = -inf dB. Range: null or [-96, +12]. */
  gainDb: Db | null;
  /** -1 (hard left) .. 1 (hard right). */
  pan: number;
  mute: boolean;
  solo: boolean;
  eq: EqBand[];
  /** Breakpoints of each lane, sorted by atSec (ties broken by id). */
  automation: Partial<Record<AutomationTarget, Breakpoint[]>>;
}

export interface MasterState {
  gainDb: Db | null;
  eq: EqBand[];
}

export interface Marker {
  id: string;
  name: string;
  atSec: Seconds;
}

export interface MixState {
  schemaVersion: typeof MIX_SCHEMA_VERSION;
  /** Sorted by `order`. */
  tracks: TrackState[];
  master: MasterState;
  /** Sorted by atSec. */
  markers: Marker[];
}
