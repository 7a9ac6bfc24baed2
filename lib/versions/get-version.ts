import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type VersionRow, versions } from '@/db/schema';
import type { Action } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { authorizeSong } from '@/lib/projects/access';
import { summarizeVersions, type VersionSummary } from './version-summary';

/** Loads a version row and checks `action` on its song; 404 when there is no such version. */
export async function authorizeVersion(db: Database, userId: string, versionId: string, action: Action) {
  const [version] = await db.select().from(versions).where(eq(versions.id, versionId));
  if (!version) throw new AppError('not_found', 'No such version.');
  const { projectId, role } = await authorizeSong(db, userId, version.songId, action);
  return { version, projectId, role };
}

/** One version with its frozen mix state (readers of the project). */
export async function getVersion(
  db: Database,
  userId: string,
  versionId: string,
): Promise<VersionSummary & { mix: VersionRow['mixState'] }> {
  const { version } = await authorizeVersion(db, userId, versionId, 'project.read');
  const [summary] = await summarizeVersions(db, [version]);
  return { ...summary!, mix: version.mixState };
}
