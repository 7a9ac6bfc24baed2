import { albumView } from '@/lib/album/album-view';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  return Response.json({ album: await albumView(appContext().db, user.userId, projectId) });
});
