import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { approvals, users } from '@/db/schema';
import { authorizeVersion } from '@/lib/versions/get-version';

/** Every decision ever made on a version, oldest first, with who (a deleted account: "A former member"). */
export async function decisionsOf(db: Database, versionId: string) {
  const rows = await db
    .select({
      id: approvals.id,
      userId: approvals.userId,
      name: users.name,
      role: approvals.role,
      decision: approvals.decision,
      comment: approvals.comment,
      createdAt: approvals.createdAt,
    })
    .from(approvals)
    .leftJoin(users, eq(users.id, approvals.userId))
    .where(eq(approvals.versionId, versionId))
    .orderBy(asc(approvals.createdAt), asc(approvals.id));
  return rows.map((r) => ({ ...r, name: r.name ?? 'A former member' }));
}

/** Every decision ever made on a version, oldest first, with who and when (members only). */
export async function listDecisions(db: Database, userId: string, versionId: string) {
  await authorizeVersion(db, userId, versionId, 'project.read');
  return (await decisionsOf(db, versionId)).map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }));
}
