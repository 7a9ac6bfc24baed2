import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { requestOrigin } from '@/lib/http/request-origin';
import { jsonBody, route } from '@/lib/http/route';
import { createInvite } from '@/lib/projects/invites';

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  const invite = await createInvite(appContext().db, user.userId, projectId, await jsonBody(req));
  const origin = requestOrigin(req);
  return Response.json({ invite: { ...invite, url: `${origin}${invite.path}` } }, { status: 201 });
});
