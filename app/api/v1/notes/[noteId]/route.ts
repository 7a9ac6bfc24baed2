import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { deleteNote } from '@/lib/notes/deleteNote';
import { editNote } from '@/lib/notes/editNote';

/** The author rewrites the body: `{ body }`. */
export const PATCH = route<{ noteId: string }>(async (req, { noteId }) => {
  const user = await requireUser(req);
  return Response.json({ note: await editNote(appContext(), user.userId, noteId, await jsonBody(req)) });
});

/** The author deletes the note (its replies stay). */
export const DELETE = route<{ noteId: string }>(async (req, { noteId }) => {
  const user = await requireUser(req);
  await deleteNote(appContext(), user.userId, noteId);
  return new Response(null, { status: 204 });
});
