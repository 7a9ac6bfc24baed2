import 'server-only';
import { eq } from 'drizzle-orm';
import { notes } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { authorizeNote } from './authorizeNote';
import type { NotesDeps } from './deps';
import { editNoteInput } from './input';
import { mentionIdsFor } from './mentionsFor';
import type { NoteView } from './noteView';
import { publishNoteChange } from './publishNoteChange';
import { toNoteViews } from './toNoteViews';

/** Rewrites a note's body (its author only, while their role may still write notes). */
export async function editNote(
  deps: NotesDeps,
  userId: string,
  noteId: string,
  input: unknown,
): Promise<NoteView> {
  const { db } = deps;
  const { note, projectId } = await authorizeNote(db, userId, noteId, 'notes.write');
  if (note.authorId !== userId) throw new AppError('forbidden', 'Only its author can edit a note.');
  if (note.deletedAt !== null) throw new AppError('gone', 'That note was deleted.');
  const { body } = parseInput(editNoteInput, input);
  const mentionIds = await mentionIdsFor(db, projectId, body);
  const [row] = await db
    .update(notes)
    .set({ body, mentionIds, editedAt: new Date() })
    .where(eq(notes.id, noteId))
    .returning();
  const [view] = await toNoteViews(db, projectId, [row!]);
  publishNoteChange(deps, 'edited', view!);
  return view!;
}
