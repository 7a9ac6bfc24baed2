import { decideOnVersion } from '@/lib/approvals/decide';
import { listDecisions } from '@/lib/approvals/list-decisions';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { appVersionDeps, publishVersionChanged } from '@/lib/versions/app-version-deps';

export const GET = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  return Response.json({ decisions: await listDecisions(appContext().db, user.userId, versionId) });
});

export const POST = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  const version = await decideOnVersion(appVersionDeps(), user.userId, versionId, await jsonBody(req));
  publishVersionChanged(version.songId, version.id);
  return Response.json({ version }, { status: 201 });
});
