import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { appVersionDeps } from '@/lib/versions/app-version-deps';
import { listVersions } from '@/lib/versions/list-versions';
import { saveVersion } from '@/lib/versions/save-version';

export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  return Response.json({ versions: await listVersions(appContext().db, user.userId, songId) });
});

export const POST = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const version = await saveVersion(appVersionDeps(), user.userId, songId, await jsonBody(req));
  return Response.json({ version }, { status: 201 });
});
