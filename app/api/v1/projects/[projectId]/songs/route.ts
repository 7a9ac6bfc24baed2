import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { createSong, listSongs } from '@/lib/songs/service';

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  return Response.json({ songs: await listSongs(appContext().db, user.userId, projectId) });
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const user = await requireUser(req);
  const song = await createSong(appContext().db, user.userId, projectId, await jsonBody(req));
  return Response.json({ song }, { status: 201 });
});
