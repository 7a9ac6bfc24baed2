import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { authorizeStem } from '@/lib/projects/access';
import { stemSummary } from '@/lib/songs/service';

export const GET = route<{ stemId: string }>(async (req, { stemId }) => {
  const user = await requireUser(req);
  const { stem } = await authorizeStem(appContext().db, user.userId, stemId, 'project.read');
  return Response.json({ stem: stemSummary(stem) });
});
