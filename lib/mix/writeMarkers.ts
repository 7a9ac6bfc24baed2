import type * as Y from 'yjs';
import { RANGES } from './constants';
import { newId } from './ids';
import { childMap, mixRoot, newMarkerMap } from './layout';
import { fail, ok, type Result } from './result';
import type { Marker } from './types';
import { checkName, checkNumber } from './validate';

const markersMap = (doc: Y.Doc) => childMap(mixRoot(doc), 'markers');

/** Adds a song section marker and returns its id. */
export const addMarker = (doc: Y.Doc, marker: Omit<Marker, 'id'>, origin?: unknown): Result<string> => {
  const name = checkName('Marker name', marker.name);
  if (!name.ok) return name;
  const atSec = checkNumber('Marker time (atSec)', marker.atSec, RANGES.atSec);
  if (!atSec.ok) return atSec;
  const markers = markersMap(doc);
  if (!markers)
    return fail('not-initialised', 'The mix document has no markers (call initMixDocument first)');
  const id = newId(doc);
  doc.transact(() => markers.set(id, newMarkerMap({ name: name.value, atSec: atSec.value })), origin);
  return ok(id);
};

/** Renames or moves a marker. */
export const setMarker = (
  doc: Y.Doc,
  markerId: string,
  patch: Partial<Omit<Marker, 'id'>>,
  origin?: unknown,
): Result<void> => {
  const name = patch.name === undefined ? ok(undefined) : checkName('Marker name', patch.name);
  if (!name.ok) return name;
  const atSec =
    patch.atSec === undefined ? ok(undefined) : checkNumber('Marker time (atSec)', patch.atSec, RANGES.atSec);
  if (!atSec.ok) return atSec;
  const marker = markersMap(doc) && childMap(markersMap(doc)!, markerId);
  if (!marker) return fail('not-found', `No marker with id ${markerId}`);
  doc.transact(() => {
    if (name.value !== undefined && marker.get('name') !== name.value) marker.set('name', name.value);
    if (atSec.value !== undefined && marker.get('atSec') !== atSec.value) marker.set('atSec', atSec.value);
  }, origin);
  return ok(undefined);
};

/** Removes a marker. */
export const removeMarker = (doc: Y.Doc, markerId: string, origin?: unknown): Result<void> => {
  const markers = markersMap(doc);
  if (!markers?.has(markerId)) return fail('not-found', `No marker with id ${markerId}`);
  doc.transact(() => markers.delete(markerId), origin);
  return ok(undefined);
};
