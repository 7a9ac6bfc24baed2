import { z } from 'zod';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { mentionsInbox, unreadMentionCount } from '@/lib/notes/mentionsInbox';
import { parseInput } from '@/lib/validation';

const query = z.object({
  limit: z.coerce.number().int().min(1, 'limit is 1 to 200.').max(200, 'limit is 1 to 200.').optional(),
  before: z.string().datetime({ message: 'before must be an ISO time (a mention’s createdAt).' }).optional(),
  countOnly: z.enum(['1']).optional(),
});

/** The caller's @mentions, newest first, and how many are unread (`?countOnly=1`: just the count). */
export const GET = route(async (req) => {
  const user = await requireUser(req);
  const { db } = appContext();
  const params = parseInput(query, Object.fromEntries(new URL(req.url).searchParams));
  if (params.countOnly) return Response.json({ unread: await unreadMentionCount(db, user.userId) });
  return Response.json(await mentionsInbox(db, user.userId, { limit: params.limit, before: params.before }));
});
