import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { reopenNote } from '@/lib/notes/resolveNote';

export const POST = route<{ noteId: string }>(async (req, { noteId }) => {
  const user = await requireUser(req);
  return Response.json({ note: await reopenNote(appContext(), user.userId, noteId) });
});
