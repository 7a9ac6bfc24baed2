import { requireUser } from '@/lib/auth/request-user';
import { route } from '@/lib/http/route';
import { appVersionDeps } from '@/lib/versions/app-version-deps';
import { restoreVersion } from '@/lib/versions/restore-version';

export const POST = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  return Response.json({ restore: await restoreVersion(appVersionDeps(), user.userId, versionId) });
});
