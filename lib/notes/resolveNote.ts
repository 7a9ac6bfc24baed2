import 'server-only';
import { eq } from 'drizzle-orm';
import { notes } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { authorizeNote } from './authorizeNote';
import type { NotesDeps } from './deps';
import type { NoteView } from './noteView';
import { publishNoteChange } from './publishNoteChange';
import { toNoteViews } from './toNoteViews';

/** Marks a thread resolved, recording who and when (anyone who may write notes; repeating is a no-op). */
export function resolveNote(deps: NotesDeps, userId: string, noteId: string): Promise<NoteView> {
  return setResolved(deps, userId, noteId, true);
}

/** Opens a resolved thread again, recording who and when. */
export function reopenNote(deps: NotesDeps, userId: string, noteId: string): Promise<NoteView> {
  return setResolved(deps, userId, noteId, false);
}

async function setResolved(
  deps: NotesDeps,
  userId: string,
  noteId: string,
  resolved: boolean,
): Promise<NoteView> {
  const { db } = deps;
  const { note, projectId } = await authorizeNote(db, userId, noteId, 'notes.write');
  if (note.parentId !== null)
    throw new AppError('bad_request', 'Resolve or reopen the thread’s first note, not a reply.');
  if ((note.resolvedAt !== null) === resolved) return (await toNoteViews(db, projectId, [note]))[0]!;
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(notes)
      .set(
        resolved
          ? { resolvedAt: now, resolvedBy: userId }
          : { resolvedAt: null, resolvedBy: null, reopenedAt: now, reopenedBy: userId },
      )
      .where(eq(notes.id, noteId))
      .returning();
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      kind: resolved ? 'note.resolved' : 'note.reopened',
      payload: { songId: note.songId, noteId },
    });
    return updated!;
  });
  const [view] = await toNoteViews(db, projectId, [row]);
  publishNoteChange(deps, resolved ? 'resolved' : 'reopened', view!);
  return view!;
}
