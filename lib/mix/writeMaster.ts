import type * as Y from 'yjs';
import { RANGES } from './constants';
import { childMap, mixRoot } from './layout';
import { fail, ok, type Result } from './result';
import { checkGainDb } from './validate';

/** Sets the master fader in dB (null = -inf); rejects values outside [-96, +12]. */
export const setMasterGain = (doc: Y.Doc, gainDb: number | null, origin?: unknown): Result<void> => {
  const checked = checkGainDb('Master gain (dB)', gainDb, RANGES.masterGainDb);
  if (!checked.ok) return checked;
  const master = childMap(mixRoot(doc), 'master');
  if (!master) return fail('not-initialised', 'The mix document has no master (call initMixDocument first)');
  if (master.get('gainDb') !== checked.value) doc.transact(() => master.set('gainDb', checked.value), origin);
  return ok(undefined);
};
