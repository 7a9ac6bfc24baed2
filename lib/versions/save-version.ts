import 'server-only';
import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { z } from 'zod';
import { songs, versions } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { type MixState, readMix } from '@/lib/mix';
import { authorizeSong } from '@/lib/projects/access';
import { formatMixRoom } from '@/lib/sync/roomName';
import { parseInput } from '@/lib/validation';
import type { VersionDeps } from './version-deps';
import { summarizeVersions, type VersionSummary } from './version-summary';

export const saveVersionInput = z.object({
  label: z.string().trim().max(200, 'A version label has at most 200 characters.').default(''),
});

/**
 * Freezes the song's live mix as the next version (v1, v2…): the Yjs state bytes and the plain MixState,
 * read inside the document's own change callback without changing it. Writers only (`versions.save`).
 */
export async function saveVersion(
  deps: VersionDeps,
  userId: string,
  songId: string,
  input: unknown,
): Promise<VersionSummary> {
  const { db } = deps;
  const { label } = parseInput(saveVersionInput, input);
  const { projectId } = await authorizeSong(db, userId, songId, 'versions.save');
  if (!deps.applyDocChange) throw new AppError('internal', 'The live mix is not available in this process.');
  let snapshot: Uint8Array | null = null;
  let mixState: MixState | null = null;
  await deps.applyDocChange(formatMixRoom(songId), (doc) => {
    snapshot = Y.encodeStateAsUpdate(doc);
    mixState = readMix(doc);
  });
  if (!snapshot || !mixState) throw new AppError('internal', 'The live mix could not be read.');
  const frozen: { snapshot: Uint8Array; mixState: MixState } = { snapshot, mixState };
  const row = await db.transaction(async (tx) => {
    // Locking the song row serialises concurrent saves, so numbers never collide.
    await tx.select({ id: songs.id }).from(songs).where(eq(songs.id, songId)).for('update');
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${versions.number}), 0)::int` })
      .from(versions)
      .where(eq(versions.songId, songId));
    const number = (last?.n ?? 0) + 1;
    const [inserted] = await tx
      .insert(versions)
      .values({
        songId,
        number,
        label: label || `Version ${number}`,
        authorId: userId,
        snapshot: frozen.snapshot,
        mixState: frozen.mixState,
      })
      .returning();
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      kind: 'version.saved',
      payload: { songId, versionId: inserted!.id, number, label: inserted!.label },
    });
    return inserted!;
  });
  deps.onVersionSaved?.({ id: row.id, songId });
  const [summary] = await summarizeVersions(db, [row]);
  return summary!;
}
