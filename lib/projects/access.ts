import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { memberships, type Role, songs, stems } from '@/db/schema';
import { type Action, can } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';

/** The user's role in a project, or null when not a member. */
export async function roleInProject(db: Database, userId: string, projectId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

/** Checks the policy for a project; throws 403 (not a member / not allowed). Returns the role. */
export async function authorize(
  db: Database,
  userId: string,
  projectId: string,
  action: Action,
): Promise<Role> {
  const role = await roleInProject(db, userId, projectId);
  if (!role) throw new AppError('forbidden', 'You are not a member of this project.');
  if (!can(role, action))
    throw new AppError('forbidden', `Your role in this project does not allow this (${action}).`);
  return role;
}

/** The project a song belongs to; 404 if there is no such song. */
export async function projectOfSong(db: Database, songId: string): Promise<string> {
  const [row] = await db.select({ projectId: songs.projectId }).from(songs).where(eq(songs.id, songId));
  if (!row) throw new AppError('not_found', 'No such song.');
  return row.projectId;
}

/** Authorizes an action on a song; returns its project id and the user's role. */
export async function authorizeSong(db: Database, userId: string, songId: string, action: Action) {
  const projectId = await projectOfSong(db, songId);
  const role = await authorize(db, userId, projectId, action);
  return { projectId, role };
}

/** Authorizes an action on a stem; returns the stem row. */
export async function authorizeStem(db: Database, userId: string, stemId: string, action: Action) {
  const [stem] = await db.select().from(stems).where(eq(stems.id, stemId));
  if (!stem) throw new AppError('not_found', 'No such stem.');
  const { projectId, role } = await authorizeSong(db, userId, stem.songId, action);
  return { stem, projectId, role };
}
