import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { invites, memberships, projects, ROLES } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { hashToken, newSecretToken } from '@/lib/auth/secret-token';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { authorize } from './access';

export const createInviteInput = z.object({
  role: z.enum(ROLES.filter((r) => r !== 'owner') as [string, ...string[]], {
    message: 'Choose a role: mix_engineer, artist, mastering_engineer or viewer.',
  }),
  expiresInDays: z.number().int().min(1).max(90).default(7),
});

/** Creates a single-use invite link for a role; only the owner may. Returns the secret token once. */
export async function createInvite(db: Database, userId: string, projectId: string, input: unknown) {
  await authorize(db, userId, projectId, 'members.manage');
  const { role, expiresInDays } = parseInput(createInviteInput, input);
  const token = newSecretToken('inv_');
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
  const [invite] = await db
    .insert(invites)
    .values({
      projectId,
      role: role as (typeof ROLES)[number],
      tokenHash: hashToken(token),
      createdBy: userId,
      expiresAt,
    })
    .returning({ id: invites.id, role: invites.role, expiresAt: invites.expiresAt });
  await recordActivity(db, { projectId, actorId: userId, kind: 'invite.created', payload: { role } });
  return { ...invite!, token, path: `/invite/${token}` };
}

/** What an invite link offers, for the accept page (no membership needed). */
export async function describeInvite(db: Database, token: string) {
  const invite = await findUsableInvite(db, token);
  const [project] = await db
    .select({ name: projects.name })
    .from(projects)
    .where(eq(projects.id, invite.projectId));
  return {
    projectId: invite.projectId,
    projectName: project?.name ?? '',
    role: invite.role,
    expiresAt: invite.expiresAt,
  };
}

async function findUsableInvite(db: Database, token: string) {
  const [invite] =
    token.length < 200
      ? await db
          .select()
          .from(invites)
          .where(eq(invites.tokenHash, hashToken(token)))
      : [];
  if (!invite || invite.revokedAt) throw new AppError('not_found', 'This invite link is not valid.');
  if (invite.acceptedAt) throw new AppError('gone', 'This invite link has already been used.');
  if (invite.expiresAt.getTime() < Date.now())
    throw new AppError('gone', 'This invite link has expired. Ask the owner for a new one.');
  return invite;
}

/** The signed-in user joins the project in the invite's role (single use; a member keeps their role). */
export async function acceptInvite(db: Database, userId: string, token: string) {
  const invite = await findUsableInvite(db, token);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(invites)
      .set({ acceptedAt: new Date(), acceptedBy: userId })
      .where(and(eq(invites.id, invite.id), isNull(invites.acceptedAt)))
      .returning({ id: invites.id });
    if (claimed.length === 0) throw new AppError('gone', 'This invite link has already been used.');
    const joined = await tx
      .insert(memberships)
      .values({ projectId: invite.projectId, userId, role: invite.role })
      .onConflictDoNothing()
      .returning({ role: memberships.role });
    if (joined.length > 0) {
      await recordActivity(tx, {
        projectId: invite.projectId,
        actorId: userId,
        kind: 'member.joined',
        payload: { role: invite.role },
      });
    }
    const [membership] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.projectId, invite.projectId), eq(memberships.userId, userId)));
    return { projectId: invite.projectId, role: membership!.role };
  });
}
