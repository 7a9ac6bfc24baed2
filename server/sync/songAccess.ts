import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { memberships, songs } from '@/db/schema';
import type { Role } from '@/db/schema/projects';

/** A song's existence and the user's role in its project, in one query. */
export type SongAccess = { kind: 'unknown-song' } | { kind: 'song'; projectId: string; role: Role | null };

/** Looks up whether the song exists and which role (if any) the user holds in its project. */
export async function findSongAccess(db: Database, songId: string, userId: string): Promise<SongAccess> {
  const [row] = await db
    .select({ projectId: songs.projectId, role: memberships.role })
    .from(songs)
    .leftJoin(memberships, and(eq(memberships.projectId, songs.projectId), eq(memberships.userId, userId)))
    .where(eq(songs.id, songId));
  if (!row) return { kind: 'unknown-song' };
  return { kind: 'song', projectId: row.projectId, role: row.role };
}
