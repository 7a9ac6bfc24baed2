import 'server-only';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { applyMixState, type MixState, parseMixState, readMix } from '@/lib/mix';
import { formatMixRoom } from '@/lib/sync/roomName';
import { authorizeVersion } from './get-version';
import type { VersionDeps } from './version-deps';

/** Origin of the server's restore transaction (clients see it as one remote update). */
export const RESTORE_ORIGIN = 'mixroom.version-restore';

/**
 * Brings a version's mix back into the live session as ONE Yjs transaction (writers only). The version
 * itself is untouched. Returns the live mix as it was just before, so a client can undo the restore by
 * applying it back (`applyMixState(doc, previous, itsOwnOrigin)`: one step in its own undo stack).
 */
export async function restoreVersion(
  deps: VersionDeps,
  userId: string,
  versionId: string,
): Promise<{ versionId: string; previous: MixState }> {
  const { version, projectId } = await authorizeVersion(deps.db, userId, versionId, 'mix.write');
  if (!deps.applyDocChange) throw new AppError('internal', 'The live mix is not available in this process.');
  const state = parseMixState(version.mixState);
  if (!state.ok) throw new AppError('internal', `Version ${version.number} holds an unreadable mix.`);
  let previous: MixState | null = null;
  await deps.applyDocChange(formatMixRoom(version.songId), (doc) => {
    previous = readMix(doc);
    applyMixState(doc, state.value, RESTORE_ORIGIN);
  });
  await recordActivity(deps.db, {
    projectId,
    actorId: userId,
    kind: 'version.restored',
    payload: { songId: version.songId, versionId, number: version.number },
  });
  return { versionId, previous: previous! };
}
