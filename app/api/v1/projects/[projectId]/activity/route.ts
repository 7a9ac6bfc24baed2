import { listActivity } from '@/lib/activity/list-activity';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';

/** `?before=<ISO date-time>&limit=1..200`: the project's activity, newest first. */
export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json(await listActivity(appContext().db, user.userId, projectId, query));
});
