import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { versions } from '@/db/schema';
import { authorizeSong } from '@/lib/projects/access';
import { summarizeVersions, summaryColumns, type VersionSummary } from './version-summary';

/** A song's versions, newest first (anyone who can read the project). */
export async function listVersions(db: Database, userId: string, songId: string): Promise<VersionSummary[]> {
  await authorizeSong(db, userId, songId, 'project.read');
  const rows = await db
    .select(summaryColumns)
    .from(versions)
    .where(eq(versions.songId, songId))
    .orderBy(desc(versions.number));
  return summarizeVersions(db, rows);
}
