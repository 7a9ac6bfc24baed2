import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { memberships, ROLES, type Role, users } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { authorize, roleInProject } from './access';

export const changeRoleInput = z.object({
  role: z.enum(ROLES, { message: `The role must be one of: ${ROLES.join(', ')}.` }),
});

/** Who lost or changed access, for the live connections to be checked again. */
export interface AccessChange {
  userId: string;
  projectId?: string;
  tokenId?: string;
}

const LAST_OWNER = 'A project needs at least one owner: make someone else owner first.';

/** A user's display name, for the activity feed. */
async function nameOf(tx: Database, userId: string): Promise<string> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? 'A member';
}

/** Owners of the project other than `userId`, counted inside the transaction (rows locked). */
async function otherOwners(tx: Database, projectId: string, userId: string): Promise<number> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, 'owner')))
    .for('update');
  return rows.filter((r) => r.userId !== userId).length;
}

/**
 * Gives a member another role (owners only). The last owner cannot be made anything else.
 * Returns the change for the live connections (the caller re-checks them once this has committed).
 */
export async function changeMemberRole(
  db: Database,
  actorId: string,
  projectId: string,
  memberId: string,
  input: unknown,
): Promise<{ role: Role; change: AccessChange }> {
  const { role } = parseInput(changeRoleInput, input);
  await authorize(db, actorId, projectId, 'members.manage');
  await db.transaction(async (tx) => {
    const current = await roleInProject(tx, memberId, projectId);
    if (current === null) throw new AppError('not_found', 'No such member in this project.');
    if (current === role) return;
    if (current === 'owner' && role !== 'owner' && (await otherOwners(tx, projectId, memberId)) === 0) {
      throw new AppError('conflict', LAST_OWNER);
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, memberId)));
    await recordActivity(tx, {
      projectId,
      actorId,
      kind: 'member.role_changed',
      payload: { userId: memberId, name: await nameOf(tx, memberId), from: current, role },
    });
  });
  return { role, change: { userId: memberId, projectId } };
}

/**
 * Removes a member from the project: an owner may remove anyone, anyone may leave. The last owner
 * cannot go. Their notes, versions and approvals stay (they were made while a member).
 */
export async function removeMember(
  db: Database,
  actorId: string,
  projectId: string,
  memberId: string,
): Promise<{ change: AccessChange }> {
  if (actorId !== memberId) await authorize(db, actorId, projectId, 'members.manage');
  await db.transaction(async (tx) => {
    const current = await roleInProject(tx, memberId, projectId);
    if (current === null) {
      throw new AppError(
        actorId === memberId ? 'forbidden' : 'not_found',
        actorId === memberId ? 'You are not a member of this project.' : 'No such member in this project.',
      );
    }
    if (current === 'owner' && (await otherOwners(tx, projectId, memberId)) === 0) {
      throw new AppError('conflict', LAST_OWNER);
    }
    await tx
      .delete(memberships)
      .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, memberId)));
    await recordActivity(tx, {
      projectId,
      actorId,
      kind: actorId === memberId ? 'member.left' : 'member.removed',
      payload: { userId: memberId, name: await nameOf(tx, memberId), role: current },
    });
  });
  return { change: { userId: memberId, projectId } };
}
