import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { activityEvents, songs, users } from '@/db/schema';
import { authorize } from '@/lib/projects/access';
import { parseInput } from '@/lib/validation';

export const activityQuery = z.object({
  /** Opaque cursor: the `nextBefore` of the previous page. */
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One entry of the feed: who did what, when, with the event's own payload. */
export interface ActivityItem {
  id: string;
  kind: string;
  actor: { id: string | null; name: string };
  songTitle: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** A project's activity (notes, versions, approvals, uploads, members), newest first; page with `before` = the last page's `nextBefore`. */
export async function listActivity(
  db: Database,
  userId: string,
  projectId: string,
  query: unknown,
): Promise<{ events: ActivityItem[]; nextBefore: string | null }> {
  const { before, limit } = parseInput(activityQuery, query);
  await authorize(db, userId, projectId, 'project.read');
  const rows = await db
    .select({ event: activityEvents, actorName: users.name })
    .from(activityEvents)
    .leftJoin(users, eq(users.id, activityEvents.actorId))
    .where(
      and(
        eq(activityEvents.projectId, projectId),
        // Row comparison on (time, id): events of one transaction share a timestamp and must not be skipped.
        before
          ? sql`(${activityEvents.createdAt}, ${activityEvents.id}) < (select created_at, id from activity_events where id = ${before})`
          : undefined,
      ),
    )
    .orderBy(desc(activityEvents.createdAt), desc(activityEvents.id))
    .limit(limit);
  const titles = new Map(
    (
      await db.select({ id: songs.id, title: songs.title }).from(songs).where(eq(songs.projectId, projectId))
    ).map((s) => [s.id, s.title]),
  );
  const events = rows.map(({ event, actorName }) => {
    const songId = typeof event.payload.songId === 'string' ? event.payload.songId : null;
    return {
      id: event.id,
      kind: event.kind,
      actor: { id: event.actorId, name: actorName ?? 'A former member' },
      songTitle: songId ? (titles.get(songId) ?? null) : null,
      payload: event.payload,
      createdAt: event.createdAt.toISOString(),
    };
  });
  const last = events.at(-1);
  return { events, nextBefore: events.length === limit && last ? last.id : null };
}
