import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { acceptInvite, describeInvite } from '@/lib/projects/invites';

export const GET = route<{ token: string }>(async (req, { token }) => {
  await requireUser(req);
  return Response.json({ invite: await describeInvite(appContext().db, token) });
});

/** Accept: the caller joins the project in the invite's role. */
export const POST = route<{ token: string }>(async (req, { token }) => {
  const user = await requireUser(req);
  return Response.json({ membership: await acceptInvite(appContext().db, user.userId, token) });
});
