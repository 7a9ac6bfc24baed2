import * as Y from 'yjs';
import {
  DEFAULT_EQ,
  DEFAULT_MASTER_GAIN_DB,
  DEFAULT_PAN,
  DEFAULT_TRACK_GAIN_DB,
  RANGES,
  trackColor,
} from './constants';
import { mixRoot, newEqMap, newTrackMap } from './layout';
import { MIX_SCHEMA_VERSION, type TrackState } from './types';

/** A stem a new song starts with. */
export interface StemRef {
  id: string;
  name: string;
}

/** Track id given to the track created for a stem by `initMixDocument` (deterministic, see below). */
export const initialTrackId = (stemId: string): string => `trk-${stemId}`;

/** A track name from a stem name: trimmed, at most 100 characters, never empty. */
const trackName = (stemName: string, index: number): string => {
  const trimmed = stemName.trim().slice(0, RANGES.nameLength.max).trim();
  return trimmed.length > 0 ? trimmed : `Track ${index + 1}`;
};

/** A new track for a stem, flat and centred (the plain shape; `order` is its position). */
export const newTrackState = (id: string, stem: StemRef, order: number): TrackState => ({
  id,
  name: trackName(stem.name, order),
  stemId: stem.id,
  order,
  color: trackColor(order),
  gainDb: DEFAULT_TRACK_GAIN_DB,
  pan: DEFAULT_PAN,
  mute: false,
  solo: false,
  eq: DEFAULT_EQ.map((band) => ({ ...band })),
  automation: {},
});

/**
 * Initialises a new song's mix document with one track per stem (duplicate stem ids are skipped).
 * Does nothing and returns false if the document already has a schemaVersion.
 *
 * Every id and value written here is derived from the stems, so two clients that initialise the same
 * empty document concurrently write identical content and converge to one track per stem.
 */
export const initMixDocument = (doc: Y.Doc, stems: readonly StemRef[], origin?: unknown): boolean => {
  const root = mixRoot(doc);
  if (root.has('schemaVersion')) return false;
  doc.transact(() => {
    const tracks = new Y.Map<unknown>();
    const seen = new Set<string>();
    for (const stem of stems) {
      if (seen.has(stem.id)) continue;
      seen.add(stem.id);
      const id = initialTrackId(stem.id);
      tracks.set(id, newTrackMap(newTrackState(id, stem, seen.size - 1)));
    }
    const master = new Y.Map<unknown>();
    master.set('gainDb', DEFAULT_MASTER_GAIN_DB);
    master.set('eq', newEqMap(DEFAULT_EQ));
    root.set('tracks', tracks);
    root.set('master', master);
    root.set('markers', new Y.Map<unknown>());
    // Written last: its presence means "initialised" to every reader.
    root.set('schemaVersion', MIX_SCHEMA_VERSION);
  }, origin);
  return true;
};
