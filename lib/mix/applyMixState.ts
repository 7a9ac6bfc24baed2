import * as Y from 'yjs';
import { DEFAULT_EQ } from './constants';
import {
  childMap,
  mixRoot,
  newBandMap,
  newBreakpointMap,
  newEqMap,
  newMarkerMap,
  newTrackMap,
  standardLanes,
  type YMap,
} from './layout';
import type { AutomationTarget, EqBand, MixState, TrackState } from './types';
import { MIX_SCHEMA_VERSION } from './types';

// applyMixState reconciles instead of rebuilding: it writes only the fields that differ and keeps the
// existing Y.Maps. A concurrent remote edit of something the restored state does not change survives,
// and the whole restore is one transaction, hence one undo step.

const setIfChanged = (map: YMap, key: string, value: unknown): void => {
  if (map.get(key) !== value) map.set(key, value);
};

/** Child Y.Map under `key`, replacing anything else stored there. */
const ensureMap = (parent: YMap, key: string, create: () => YMap): YMap => {
  const existing = childMap(parent, key);
  if (existing) return existing;
  const created = create();
  parent.set(key, created);
  return childMap(parent, key)!;
};

/** Deletes the keys of `map` that are not in `keep`. */
const prune = (map: YMap, keep: ReadonlySet<string>): void => {
  for (const key of [...map.keys()]) if (!keep.has(key)) map.delete(key);
};

const reconcileEq = (eq: YMap, bands: readonly EqBand[]): void => {
  prune(eq, new Set(bands.map((band) => band.id)));
  for (const band of bands) {
    const existing = childMap(eq, band.id);
    if (!existing) {
      eq.set(band.id, newBandMap(band));
      continue;
    }
    for (const key of ['type', 'freqHz', 'gainDb', 'q', 'on', 'order'] as const)
      setIfChanged(existing, key, band[key]);
  }
};

const reconcileAutomation = (automation: YMap, track: TrackState): void => {
  const targets = new Set<string>([...standardLanes(track.eq), ...Object.keys(track.automation)]);
  prune(automation, targets);
  for (const target of targets) {
    const lane = ensureMap(automation, target, () => new Y.Map<unknown>());
    const points = track.automation[target as AutomationTarget] ?? [];
    prune(lane, new Set(points.map((point) => point.id)));
    for (const point of points) {
      const existing = childMap(lane, point.id);
      if (!existing) {
        lane.set(point.id, newBreakpointMap(point));
        continue;
      }
      for (const key of ['atSec', 'value', 'curve'] as const) setIfChanged(existing, key, point[key]);
    }
  }
};

const reconcileTrack = (tracks: YMap, track: TrackState): void => {
  const existing = childMap(tracks, track.id);
  if (!existing) {
    tracks.set(track.id, newTrackMap(track));
    return;
  }
  for (const key of ['name', 'stemId', 'order', 'color', 'gainDb', 'pan', 'mute', 'solo'] as const) {
    setIfChanged(existing, key, track[key]);
  }
  reconcileEq(
    ensureMap(existing, 'eq', () => new Y.Map<unknown>()),
    track.eq,
  );
  reconcileAutomation(
    ensureMap(existing, 'automation', () => new Y.Map<unknown>()),
    track,
  );
};

/**
 * Makes the document's mix equal to `state` in one transaction (one undo step for an UndoManager
 * tracking `origin`). Validate untrusted input with `parseMixState` first. Initialises an empty document.
 */
export const applyMixState = (doc: Y.Doc, state: MixState, origin?: unknown): void => {
  const root = mixRoot(doc);
  doc.transact(() => {
    const tracks = ensureMap(root, 'tracks', () => new Y.Map<unknown>());
    prune(tracks, new Set(state.tracks.map((track) => track.id)));
    for (const track of state.tracks) reconcileTrack(tracks, track);
    const master = ensureMap(root, 'master', () => new Y.Map<unknown>());
    setIfChanged(master, 'gainDb', state.master.gainDb);
    reconcileEq(
      ensureMap(master, 'eq', () => newEqMap(DEFAULT_EQ)),
      state.master.eq,
    );
    const markers = ensureMap(root, 'markers', () => new Y.Map<unknown>());
    prune(markers, new Set(state.markers.map((marker) => marker.id)));
    for (const marker of state.markers) {
      const existing = childMap(markers, marker.id);
      if (!existing) markers.set(marker.id, newMarkerMap(marker));
      else {
        setIfChanged(existing, 'name', marker.name);
        setIfChanged(existing, 'atSec', marker.atSec);
      }
    }
    setIfChanged(root, 'schemaVersion', MIX_SCHEMA_VERSION);
  }, origin);
};
