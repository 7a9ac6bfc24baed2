import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { createNote } from '@/lib/notes/createNote';
import { listNotes } from '@/lib/notes/listNotes';

/** The song's note threads; `?status=open|resolved&author=<userId>&versionId=<id|live>`. */
export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json({ notes: await listNotes(appContext(), user.userId, songId, query) });
});

/** A new note or reply by the caller: `{ body, startSec, endSec?, versionId?, parentId? }`. */
export const POST = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const note = await createNote(appContext(), user.userId, songId, await jsonBody(req));
  return Response.json({ note }, { status: 201 });
});
