import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { APPROVAL_DECISIONS, approvals, projects, versions } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { authorizeVersion } from '@/lib/versions/get-version';
import { summarizeVersions, type VersionSummary } from '@/lib/versions/version-summary';
import { approvalStatus } from './approval-status';

export const decisionInput = z.object({
  decision: z.enum(APPROVAL_DECISIONS, { message: 'Say "approve" or "request_changes".' }),
  comment: z.string().trim().max(2000, 'A comment has at most 2000 characters.').default(''),
});

/**
 * Records a member's decision on a version (approve / request changes, with a comment). When every required
 * role approves (latest decision per user), the version is approved and locked: later decisions are refused
 * with 409, so what was approved is what mastering gets.
 */
export async function decideOnVersion(
  deps: { db: Database; onApproved?: (v: { id: string; songId: string }) => void },
  userId: string,
  versionId: string,
  input: unknown,
): Promise<VersionSummary> {
  const { db } = deps;
  const { decision, comment } = parseInput(decisionInput, input);
  const { version, projectId, role } = await authorizeVersion(db, userId, versionId, 'versions.approve');
  const nowApproved = await db.transaction(async (tx) => {
    // The row lock serialises decisions on one version, so two last approvals cannot both miss the lock.
    const [locked] = await tx
      .select({ approvedAt: versions.approvedAt })
      .from(versions)
      .where(eq(versions.id, versionId))
      .for('update');
    if (locked?.approvedAt)
      throw new AppError(
        'conflict',
        `v${version.number} is approved and locked; save a new version to change it.`,
      );
    await tx.insert(approvals).values({ versionId, userId, role, decision, comment });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      kind: 'version.decided',
      payload: { songId: version.songId, versionId, number: version.number, decision, comment, role },
    });
    const [project] = await tx
      .select({ required: projects.requiredApprovalRoles })
      .from(projects)
      .where(eq(projects.id, projectId));
    const all = await tx.select().from(approvals).where(eq(approvals.versionId, versionId));
    if (!approvalStatus(all, project?.required ?? []).approved) return false;
    await tx.update(versions).set({ approvedAt: new Date() }).where(eq(versions.id, versionId));
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      kind: 'version.approved',
      payload: { songId: version.songId, versionId, number: version.number },
    });
    return true;
  });
  if (nowApproved) deps.onApproved?.({ id: versionId, songId: version.songId });
  const [fresh] = await db.select().from(versions).where(eq(versions.id, versionId));
  const [summary] = await summarizeVersions(db, [fresh!]);
  return summary!;
}
