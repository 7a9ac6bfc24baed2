import type * as Y from 'yjs';
import { RANGES } from './constants';
import { newId } from './ids';
import { initialTrackId, newTrackState, type StemRef } from './initMixDocument';
import { newTrackMap, trackMap, tracksMap } from './layout';
import { readMix } from './readMix';
import { fail, ok, type Result } from './result';
import { checkBoolean, checkGainDb, checkId, checkName, checkNumber } from './validate';

/** Sets one field of a track after validation; the whole write is one transaction with `origin`. */
const setTrackField = <T>(
  doc: Y.Doc,
  trackId: string,
  key: string,
  checked: Result<T>,
  origin: unknown,
): Result<void> => {
  if (!checked.ok) return checked;
  const track = trackMap(doc, trackId);
  if (!track) return fail('not-found', `No track with id ${trackId}`);
  // Skipping no-op writes keeps the update log and the undo stack free of noise.
  if (track.get(key) !== checked.value) doc.transact(() => track.set(key, checked.value), origin);
  return ok(undefined);
};

/** Sets a track's fader in dB (null = -inf); rejects values outside [-96, +12]. */
export const setTrackGain = (
  doc: Y.Doc,
  trackId: string,
  gainDb: number | null,
  origin?: unknown,
): Result<void> =>
  setTrackField(doc, trackId, 'gainDb', checkGainDb('Track gain (dB)', gainDb, RANGES.trackGainDb), origin);

/** Sets a track's pan (-1 hard left .. 1 hard right). */
export const setTrackPan = (doc: Y.Doc, trackId: string, pan: number, origin?: unknown): Result<void> =>
  setTrackField(doc, trackId, 'pan', checkNumber('Pan', pan, RANGES.pan), origin);

/** Mutes or unmutes a track. */
export const setTrackMute = (doc: Y.Doc, trackId: string, mute: boolean, origin?: unknown): Result<void> =>
  setTrackField(doc, trackId, 'mute', checkBoolean('Mute', mute), origin);

/** Solos or unsolos a track. */
export const setTrackSolo = (doc: Y.Doc, trackId: string, solo: boolean, origin?: unknown): Result<void> =>
  setTrackField(doc, trackId, 'solo', checkBoolean('Solo', solo), origin);

/** Renames a track (trimmed, 1..100 characters). */
export const setTrackName = (doc: Y.Doc, trackId: string, name: string, origin?: unknown): Result<void> =>
  setTrackField(doc, trackId, 'name', checkName('Track name', name), origin);

/** Sets a track's position among tracks (any finite number; tracks are read sorted by (order, id)). */
export const setTrackOrder = (doc: Y.Doc, trackId: string, order: number, origin?: unknown): Result<void> =>
  setTrackField(doc, trackId, 'order', checkNumber('Track order', order, RANGES.order), origin);

/** Adds a flat, centred track for a stem after the last track; returns the new track's id. */
export const addTrack = (doc: Y.Doc, stem: StemRef, origin?: unknown): Result<string> => {
  const stemId = checkId('Stem id', stem.id);
  if (!stemId.ok) return stemId;
  const name = checkName('Track name', stem.name);
  if (!name.ok) return name;
  const tracks = tracksMap(doc);
  if (!tracks)
    return fail('not-initialised', 'The mix document is not initialised (call initMixDocument first)');
  const existing = readMix(doc).tracks;
  const order = existing.length === 0 ? 0 : Math.max(...existing.map((track) => track.order)) + 1;
  const fresh = tracks.has(initialTrackId(stemId.value)) ? newId(doc) : initialTrackId(stemId.value);
  const track = newTrackState(fresh, { id: stemId.value, name: name.value }, order);
  doc.transact(() => tracks.set(fresh, newTrackMap(track)), origin);
  return ok(fresh);
};

/** Removes a track with its EQ and automation. */
export const removeTrack = (doc: Y.Doc, trackId: string, origin?: unknown): Result<void> => {
  const tracks = tracksMap(doc);
  if (!tracks?.has(trackId)) return fail('not-found', `No track with id ${trackId}`);
  doc.transact(() => tracks.delete(trackId), origin);
  return ok(undefined);
};
