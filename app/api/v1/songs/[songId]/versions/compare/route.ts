import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { compareVersions } from '@/lib/versions/compare-versions';

/** `?a=<versionId>&b=<versionId>`: what changed from A to B, in words, and the loudness match. */
export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const url = new URL(req.url);
  const a = url.searchParams.get('a');
  const b = url.searchParams.get('b');
  if (!a || !b) throw new AppError('bad_request', 'Name the two versions: ?a=<versionId>&b=<versionId>.');
  const comparison = await compareVersions(appContext().db, user.userId, a, b);
  if (comparison.a.songId !== songId) throw new AppError('not_found', 'Those versions are not of this song.');
  return Response.json({ comparison });
});
