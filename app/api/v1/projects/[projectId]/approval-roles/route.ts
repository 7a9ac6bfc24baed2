import { getRequiredApprovalRoles, setRequiredApprovalRoles } from '@/lib/approvals/required-roles';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  return Response.json(await getRequiredApprovalRoles(appContext().db, user.userId, projectId));
});

export const PUT = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  return Response.json(
    await setRequiredApprovalRoles(appContext().db, user.userId, projectId, await jsonBody(req)),
  );
});
