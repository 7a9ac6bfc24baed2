import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { createProject, listProjects } from '@/lib/projects/service';

export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ projects: await listProjects(appContext().db, user.userId) });
});

export const POST = route(async (req) => {
  const user = await requireUser(req);
  const project = await createProject(appContext().db, user.userId, await jsonBody(req));
  return Response.json({ project }, { status: 201 });
});
