import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notes } from '@/db/schema';
import type { Action } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { authorizeSong } from '@/lib/projects/access';

/** Loads a note and checks the policy on its song; 404 if there is no such note. */
export async function authorizeNote(db: Database, userId: string, noteId: string, action: Action) {
  const [note] = await db.select().from(notes).where(eq(notes.id, noteId));
  if (!note) throw new AppError('not_found', 'No such note.');
  const { projectId, role } = await authorizeSong(db, userId, note.songId, action);
  return { note, projectId, role };
}
