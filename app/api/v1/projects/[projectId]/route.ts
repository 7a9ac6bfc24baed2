import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { getProject } from '@/lib/projects/service';

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  const project = await getProject(appContext().db, user.userId, projectId);
  return Response.json({
    project: { id: project.id, name: project.name, kind: project.kind, role: project.role },
  });
});
