import 'server-only';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { notes } from '@/db/schema';
import { authorizeSong } from '@/lib/projects/access';
import { parseInput } from '@/lib/validation';
import type { NotesDeps } from './deps';
import { listNotesQuery } from './input';
import type { NoteThread } from './noteView';
import { buildThreads } from './threads';
import { toNoteViews } from './toNoteViews';

/**
 * A song's note threads in song order, for every member. Filters (`status`, `author`, `versionId` with
 * "live" for the live mix) apply to a thread's first note; its replies come along.
 */
export async function listNotes(
  deps: NotesDeps,
  userId: string,
  songId: string,
  query: unknown = {},
): Promise<NoteThread[]> {
  const { db } = deps;
  const { projectId } = await authorizeSong(db, userId, songId, 'notes.read');
  const filters = parseInput(listNotesQuery, query);
  const where: SQL[] = [eq(notes.songId, songId)];
  if (filters.versionId === 'live') where.push(isNull(notes.versionId));
  else if (filters.versionId !== undefined) where.push(eq(notes.versionId, filters.versionId));
  const rows = await db
    .select()
    .from(notes)
    .where(and(...where));
  const threads = buildThreads(await toNoteViews(db, projectId, rows));
  return threads.filter(
    (t) =>
      (filters.status === undefined || (filters.status === 'resolved') === (t.resolvedAt !== null)) &&
      (filters.author === undefined || t.author?.id === filters.author),
  );
}
