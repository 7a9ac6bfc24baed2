import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { listMembers } from '@/lib/projects/service';

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  return Response.json({ members: await listMembers(appContext().db, user.userId, projectId) });
});
