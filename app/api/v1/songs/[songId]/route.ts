import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { getSong } from '@/lib/songs/service';

export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  return Response.json({ song: await getSong(appContext().db, user.userId, songId) });
});
