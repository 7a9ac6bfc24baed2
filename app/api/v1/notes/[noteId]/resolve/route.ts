import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { resolveNote } from '@/lib/notes/resolveNote';

export const POST = route<{ noteId: string }>(async (req, { noteId }) => {
  const user = await requireUser(req);
  return Response.json({ note: await resolveNote(appContext(), user.userId, noteId) });
});
