import 'server-only';
import { eq } from 'drizzle-orm';
import { notes } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { authorizeNote } from './authorizeNote';
import type { NotesDeps } from './deps';
import { publishNoteChange } from './publishNoteChange';
import { toNoteViews } from './toNoteViews';

/**
 * Deletes a note (its author only). The row stays with its body blanked, so a thread keeps its replies
 * and its place on the song; lists drop a deleted note once no reply hangs on it (`buildThreads`).
 */
export async function deleteNote(deps: NotesDeps, userId: string, noteId: string): Promise<void> {
  const { db } = deps;
  const { note, projectId } = await authorizeNote(db, userId, noteId, 'notes.write');
  if (note.authorId !== userId) throw new AppError('forbidden', 'Only its author can delete a note.');
  if (note.deletedAt !== null) return;
  const [row] = await db
    .update(notes)
    .set({ body: '', mentionIds: [], deletedAt: new Date() })
    .where(eq(notes.id, noteId))
    .returning();
  const [view] = await toNoteViews(db, projectId, [row!]);
  publishNoteChange(deps, 'deleted', view!);
}
