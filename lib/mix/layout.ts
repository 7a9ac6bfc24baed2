import * as Y from 'yjs';
import { MIX_ROOT_KEY } from './constants';
import { eqLaneTargets } from './laneRange';
import type { AutomationTarget, Breakpoint, EqBand, Marker, TrackState } from './types';

/**
 * The Yjs layout of a mix document (documented key by key in docs/mix-document.md):
 * root Y.Map 'mix' -> { schemaVersion, tracks: Y.Map<trackId, Y.Map>, master: Y.Map, markers: Y.Map<id, Y.Map> }.
 * Everything a user edits independently is its own Y.Map entry, so concurrent edits of different fields survive.
 */
export type YMap = Y.Map<unknown>;

/** The root map of the mix document. */
export const mixRoot = (doc: Y.Doc): YMap => doc.getMap(MIX_ROOT_KEY);

/** A nested Y.Map under `key`, or undefined if absent or not a Y.Map (foreign writers may store anything). */
export const childMap = (parent: YMap, key: string): YMap | undefined => {
  const value = parent.get(key);
  return value instanceof Y.Map ? (value as YMap) : undefined;
};

/** The tracks map, or undefined if the document is not initialised. */
export const tracksMap = (doc: Y.Doc): YMap | undefined => childMap(mixRoot(doc), 'tracks');

/** A track's Y.Map by id. */
export const trackMap = (doc: Y.Doc, trackId: string): YMap | undefined => {
  const tracks = tracksMap(doc);
  return tracks ? childMap(tracks, trackId) : undefined;
};

/** A Y.Map holding the given plain fields. */
export const mapOf = (fields: Record<string, unknown>): YMap => new Y.Map<unknown>(Object.entries(fields));

/** A band's Y.Map (without its id, which is its key). */
export const newBandMap = (band: EqBand): YMap =>
  mapOf({
    type: band.type,
    freqHz: band.freqHz,
    gainDb: band.gainDb,
    q: band.q,
    on: band.on,
    order: band.order,
  });

/** A breakpoint's Y.Map (without its id, which is its key). */
export const newBreakpointMap = (point: Omit<Breakpoint, 'id'>): YMap =>
  mapOf({ atSec: point.atSec, value: point.value, curve: point.curve });

/** A marker's Y.Map (without its id). */
export const newMarkerMap = (marker: Omit<Marker, 'id'>): YMap =>
  mapOf({ name: marker.name, atSec: marker.atSec });

/** Lane keys that exist (possibly empty) for a track with the given bands. */
export const standardLanes = (bands: readonly { id: string }[]): AutomationTarget[] => [
  'gain',
  'pan',
  ...bands.flatMap((band) => eqLaneTargets(band.id)),
];

/** An EQ Y.Map keyed by band id. */
export const newEqMap = (bands: readonly EqBand[]): YMap => {
  const eq = new Y.Map<unknown>();
  for (const band of bands) eq.set(band.id, newBandMap(band));
  return eq;
};

/**
 * An automation Y.Map with one lane per standard target. Lanes are created up front, with their
 * track or band, because two clients creating the same missing lane concurrently would each write
 * a new Y.Map under the same key and one side's breakpoints would be lost.
 */
export const newAutomationMap = (track: Pick<TrackState, 'eq' | 'automation'>): YMap => {
  const automation = new Y.Map<unknown>();
  const targets = new Set<string>([...standardLanes(track.eq), ...Object.keys(track.automation)]);
  for (const target of targets) {
    const lane = new Y.Map<unknown>();
    for (const point of track.automation[target as AutomationTarget] ?? []) {
      lane.set(point.id, newBreakpointMap(point));
    }
    automation.set(target, lane);
  }
  return automation;
};

/** A track's Y.Map (without its id) from a plain track. */
export const newTrackMap = (track: TrackState): YMap =>
  mapOf({
    name: track.name,
    stemId: track.stemId,
    order: track.order,
    color: track.color,
    gainDb: track.gainDb,
    pan: track.pan,
    mute: track.mute,
    solo: track.solo,
    eq: newEqMap(track.eq),
    automation: newAutomationMap(track),
  });
