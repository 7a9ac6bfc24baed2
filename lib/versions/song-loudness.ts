import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { versions } from '@/db/schema';
import { authorizeSong } from '@/lib/projects/access';

/**
 * The song's loudness as an engineer quotes it: the bounce of its latest approved version, else of its latest
 * bounced version; null while no version has a finished bounce.
 */
export async function songLoudness(db: Database, userId: string, songId: string) {
  await authorizeSong(db, userId, songId, 'project.read');
  const rows = await db
    .select({ number: versions.number, approvedAt: versions.approvedAt, loudness: versions.loudness })
    .from(versions)
    .where(and(eq(versions.songId, songId), eq(versions.bounceState, 'ready')))
    .orderBy(desc(versions.number));
  const row = rows.find((r) => r.approvedAt !== null) ?? rows[0];
  if (!row?.loudness) return null;
  return { versionName: `v${row.number}`, approved: row.approvedAt !== null, loudness: row.loudness };
}
