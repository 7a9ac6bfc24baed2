import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { songEventStream } from '@/lib/events/songEvents';
import { route } from '@/lib/http/route';

// A long-lived stream: never cached, never prerendered.
export const dynamic = 'force-dynamic';

/** Server-Sent Events of the song (`ready`, then `note.changed` …); see docs/notes.md. */
export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  return songEventStream(appContext(), user.userId, songId, req.signal);
});
