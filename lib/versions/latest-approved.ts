import 'server-only';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { versions } from '@/db/schema';
import { authorizeSong } from '@/lib/projects/access';

/** The song's newest approved (locked) version, for the badge on the song page; null when none is approved. */
export async function latestApprovedVersion(db: Database, userId: string, songId: string) {
  await authorizeSong(db, userId, songId, 'project.read');
  const [row] = await db
    .select({
      id: versions.id,
      number: versions.number,
      label: versions.label,
      approvedAt: versions.approvedAt,
    })
    .from(versions)
    .where(and(eq(versions.songId, songId), isNotNull(versions.approvedAt)))
    .orderBy(desc(versions.number))
    .limit(1);
  return row ? { id: row.id, name: `v${row.number}`, label: row.label } : null;
}
