import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { markMentionsSeen } from '@/lib/notes/mentionsInbox';

/** Marks every mention so far as read. */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  await markMentionsSeen(appContext().db, user.userId);
  return new Response(null, { status: 204 });
});
