import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { getVersion } from '@/lib/versions/get-version';

export const GET = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  return Response.json({ version: await getVersion(appContext().db, user.userId, versionId) });
});
