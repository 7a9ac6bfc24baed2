import type * as Y from 'yjs';
import {
  BAND_TYPES,
  CURVES,
  DEFAULT_EQ_Q,
  DEFAULT_MASTER_GAIN_DB,
  DEFAULT_PAN,
  DEFAULT_TRACK_GAIN_DB,
  RANGES,
} from './constants';
import { laneRange, parseTarget } from './laneRange';
import { childMap, mixRoot, trackMap, type YMap } from './layout';
import {
  type AutomationTarget,
  type BandType,
  type Breakpoint,
  type Curve,
  type EqBand,
  type Marker,
  MIX_SCHEMA_VERSION,
  type MixState,
  type TrackState,
} from './types';

// Readers never fail: a foreign client may have written anything, so every field is coerced into its
// range (clamped) or replaced by its default. Writers in this folder never store such values.

/** Clamps into range; also turns -0 into 0, which JSON cannot carry. */
const clamp = (value: number, range: { min: number; max: number }): number =>
  Math.min(range.max, Math.max(range.min, value)) + 0;

const readNumber = (
  map: YMap,
  key: string,
  range: { min: number; max: number },
  fallback: number,
): number => {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? clamp(value, range) : fallback;
};

const readGain = (
  map: YMap,
  key: string,
  range: { min: number; max: number },
  fallback: number,
): number | null => (map.get(key) === null ? null : readNumber(map, key, range, fallback));

const readString = (map: YMap, key: string, fallback: string): string => {
  const value = map.get(key);
  return typeof value === 'string' ? value : fallback;
};

const readBoolean = (map: YMap, key: string, fallback: boolean): boolean => {
  const value = map.get(key);
  return typeof value === 'boolean' ? value : fallback;
};

/** Plain code-unit comparison, identical in every JS engine (unlike localeCompare). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const entries = (map: YMap | undefined): [string, YMap][] => {
  if (!map) return [];
  const out: [string, YMap][] = [];
  for (const key of map.keys()) {
    const child = childMap(map, key);
    if (child) out.push([key, child]);
  }
  return out;
};

/** Reads the EQ bands of a track or the master, sorted by (order, id). */
export const readEq = (eq: YMap | undefined): EqBand[] =>
  entries(eq)
    .map(([id, band]): EqBand => {
      const type = band.get('type');
      return {
        id,
        type: BAND_TYPES.includes(type as BandType) ? (type as BandType) : 'peaking',
        freqHz: readNumber(band, 'freqHz', RANGES.eqFreqHz, 1000),
        gainDb: readNumber(band, 'gainDb', RANGES.eqGainDb, 0),
        q: readNumber(band, 'q', RANGES.eqQ, DEFAULT_EQ_Q),
        on: readBoolean(band, 'on', true),
        order: readNumber(band, 'order', RANGES.order, 0),
      };
    })
    .sort((a, b) => a.order - b.order || compareIds(a.id, b.id));

/** Reads one automation lane, sorted by (atSec, id). */
export const readLane = (target: AutomationTarget, lane: YMap | undefined): Breakpoint[] => {
  const range = laneRange(target);
  return entries(lane)
    .map(([id, point]): Breakpoint => {
      const curve = point.get('curve');
      const valid = CURVES.includes(curve as Curve) && (curve !== 'exponential' || range.allowsExponential);
      return {
        id,
        atSec: readNumber(point, 'atSec', RANGES.atSec, 0),
        value: readNumber(point, 'value', range, clamp(0, range)),
        curve: valid ? (curve as Curve) : 'linear',
      };
    })
    .sort((a, b) => a.atSec - b.atSec || compareIds(a.id, b.id));
};

const readAutomation = (automation: YMap | undefined, bands: EqBand[]): TrackState['automation'] => {
  const out: TrackState['automation'] = {};
  const bandIds = new Set(bands.map((band) => band.id));
  // Sorted keys keep the snapshot's key order identical on every replica.
  for (const [key, lane] of entries(automation).sort(([a], [b]) => compareIds(a, b))) {
    const parsed = parseTarget(key);
    if (!parsed || (parsed.kind === 'eq' && !bandIds.has(parsed.bandId))) continue;
    const points = readLane(key as AutomationTarget, lane);
    if (points.length > 0) out[key as AutomationTarget] = points;
  }
  return out;
};

const readTrackMap = (id: string, track: YMap): TrackState => {
  const eq = readEq(childMap(track, 'eq'));
  return {
    id,
    name: readString(track, 'name', ''),
    stemId: readString(track, 'stemId', ''),
    order: readNumber(track, 'order', RANGES.order, 0),
    color: readString(track, 'color', '#888888'),
    gainDb: readGain(track, 'gainDb', RANGES.trackGainDb, DEFAULT_TRACK_GAIN_DB),
    pan: readNumber(track, 'pan', RANGES.pan, DEFAULT_PAN),
    mute: readBoolean(track, 'mute', false),
    solo: readBoolean(track, 'solo', false),
    eq,
    automation: readAutomation(childMap(track, 'automation'), eq),
  };
};

/** Plain snapshot of one track, or undefined if there is no such track. Empty lanes are omitted. */
export const readTrack = (doc: Y.Doc, trackId: string): TrackState | undefined => {
  const track = trackMap(doc, trackId);
  return track ? readTrackMap(trackId, track) : undefined;
};

/**
 * Plain snapshot of the whole mix: tracks sorted by (order, id), bands by (order, id), breakpoints by
 * (atSec, id), markers by (atSec, id); empty automation lanes omitted. An uninitialised document reads
 * as an empty mix.
 */
export const readMix = (doc: Y.Doc): MixState => {
  const root = mixRoot(doc);
  const master = childMap(root, 'master');
  const markers = entries(childMap(root, 'markers'))
    .map(
      ([id, marker]): Marker => ({
        id,
        name: readString(marker, 'name', ''),
        atSec: readNumber(marker, 'atSec', RANGES.atSec, 0),
      }),
    )
    .sort((a, b) => a.atSec - b.atSec || compareIds(a.id, b.id));
  return {
    schemaVersion: MIX_SCHEMA_VERSION,
    tracks: entries(childMap(root, 'tracks'))
      .map(([id, track]) => readTrackMap(id, track))
      .sort((a, b) => a.order - b.order || compareIds(a.id, b.id)),
    master: {
      gainDb: master
        ? readGain(master, 'gainDb', RANGES.masterGainDb, DEFAULT_MASTER_GAIN_DB)
        : DEFAULT_MASTER_GAIN_DB,
      eq: readEq(master ? childMap(master, 'eq') : undefined),
    },
    markers,
  };
};
