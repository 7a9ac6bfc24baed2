import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { changeMemberRole, removeMember } from '@/lib/projects/members';

/** Gives a member another role (owners only); their open mix sessions are re-checked at once. */
export const PATCH = route<{ projectId: string; userId: string }>(async (req, { projectId, userId }) => {
  const actor = await requireUser(req);
  const ctx = appContext();
  const { role, change } = await changeMemberRole(
    ctx.db,
    actor.userId,
    projectId,
    userId,
    await jsonBody(req),
  );
  await ctx.onAccessChanged?.(change);
  return Response.json({ member: { userId, role } });
});

/** Removes a member (owners), or leaves the project (yourself); open mix sessions are closed. */
export const DELETE = route<{ projectId: string; userId: string }>(async (req, { projectId, userId }) => {
  const actor = await requireUser(req);
  const ctx = appContext();
  const { change } = await removeMember(ctx.db, actor.userId, projectId, userId);
  await ctx.onAccessChanged?.(change);
  return new Response(null, { status: 204 });
});
