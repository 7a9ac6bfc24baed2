import * as Y from 'yjs';
import { RANGES } from './constants';
import { newId } from './ids';
import { eqLaneTargets } from './laneRange';
import { childMap, mixRoot, newBandMap, trackMap, type YMap } from './layout';
import { fail, ok, type Result } from './result';
import type { EqBand } from './types';
import { checkBandType, checkBoolean, checkNumber } from './validate';

/** Whose EQ a writer edits: a track's or the master bus's. */
export type EqTarget = { trackId: string } | 'master';

/** Fields of a band a writer may change. */
export type EqBandPatch = Partial<Omit<EqBand, 'id'>>;

const describeTarget = (target: EqTarget): string =>
  target === 'master' ? 'master' : `track ${target.trackId}`;

/** The owner map (track or master) and its eq map. */
const locate = (doc: Y.Doc, target: EqTarget): Result<{ owner: YMap; eq: YMap }> => {
  const owner = target === 'master' ? childMap(mixRoot(doc), 'master') : trackMap(doc, target.trackId);
  if (!owner) {
    return target === 'master'
      ? fail('not-initialised', 'The mix document has no master (call initMixDocument first)')
      : fail('not-found', `No track with id ${target.trackId}`);
  }
  const eq = childMap(owner, 'eq');
  if (!eq) return fail('not-found', `The ${describeTarget(target)} has no EQ`);
  return ok({ owner, eq });
};

/** Validates every field present in a patch; unknown fields are rejected, not ignored. */
const checkPatch = (patch: Record<string, unknown>): Result<Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const checked =
      key === 'type'
        ? checkBandType(value)
        : key === 'freqHz'
          ? checkNumber('EQ frequency (Hz)', value, RANGES.eqFreqHz)
          : key === 'gainDb'
            ? checkNumber('EQ gain (dB)', value, RANGES.eqGainDb)
            : key === 'q'
              ? checkNumber('EQ Q', value, RANGES.eqQ)
              : key === 'on'
                ? checkBoolean('EQ band on', value)
                : key === 'order'
                  ? checkNumber('EQ band order', value, RANGES.order)
                  : fail('invalid', `Unknown EQ band field ${key}`);
    if (!checked.ok) return checked;
    out[key] = checked.value;
  }
  return ok(out);
};

/** Changes some fields of one EQ band; each field is its own Y.Map entry so concurrent edits merge. */
export const setEqBand = (
  doc: Y.Doc,
  target: EqTarget,
  bandId: string,
  patch: EqBandPatch,
  origin?: unknown,
): Result<void> => {
  const checked = checkPatch(patch);
  if (!checked.ok) return checked;
  const located = locate(doc, target);
  if (!located.ok) return located;
  const band = childMap(located.value.eq, bandId);
  if (!band) return fail('not-found', `No EQ band ${bandId} on the ${describeTarget(target)}`);
  const changes = Object.entries(checked.value).filter(([key, value]) => band.get(key) !== value);
  if (changes.length > 0) {
    doc.transact(() => {
      for (const [key, value] of changes) band.set(key, value);
    }, origin);
  }
  return ok(undefined);
};

/** Adds an EQ band (after the last band unless `order` is given) and its automation lanes; returns its id. */
export const addEqBand = (
  doc: Y.Doc,
  target: EqTarget,
  band: Omit<EqBand, 'id' | 'order'> & { order?: number },
  origin?: unknown,
): Result<string> => {
  const checked = checkPatch(band);
  if (!checked.ok) return checked;
  for (const key of ['type', 'freqHz', 'gainDb', 'q', 'on'] as const) {
    if (!(key in checked.value)) return fail('invalid', `A new EQ band needs ${key}`);
  }
  const located = locate(doc, target);
  if (!located.ok) return located;
  const { owner, eq } = located.value;
  if (eq.size >= RANGES.eqBands.max) {
    return fail('out-of-range', `The ${describeTarget(target)} already has ${RANGES.eqBands.max} EQ bands`);
  }
  let lastOrder = -1;
  for (const key of eq.keys()) {
    const order = childMap(eq, key)?.get('order');
    if (typeof order === 'number' && order > lastOrder) lastOrder = order;
  }
  const id = newId(doc);
  const full = { ...checked.value, id, order: band.order ?? lastOrder + 1 } as EqBand;
  doc.transact(() => {
    eq.set(id, newBandMap(full));
    const automation = target === 'master' ? undefined : childMap(owner, 'automation');
    for (const lane of automation ? eqLaneTargets(id) : []) automation?.set(lane, new Y.Map<unknown>());
  }, origin);
  return ok(id);
};

/** Removes an EQ band and its automation lanes. */
export const removeEqBand = (
  doc: Y.Doc,
  target: EqTarget,
  bandId: string,
  origin?: unknown,
): Result<void> => {
  const located = locate(doc, target);
  if (!located.ok) return located;
  const { owner, eq } = located.value;
  if (!eq.has(bandId)) return fail('not-found', `No EQ band ${bandId} on the ${describeTarget(target)}`);
  doc.transact(() => {
    eq.delete(bandId);
    const automation = childMap(owner, 'automation');
    for (const lane of eqLaneTargets(bandId)) {
      if (automation?.has(lane)) automation.delete(lane);
    }
  }, origin);
  return ok(undefined);
};
