import 'server-only';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { memberships, notes, projects, songs, users } from '@/db/schema';

/** A note that @mentions the user, as their mentions page lists it. */
export interface MentionView {
  noteId: string;
  /** The thread's first note when this is a reply (the panel shows the thread). */
  threadId: string;
  body: string;
  author: { id: string; name: string } | null;
  song: { id: string; title: string };
  project: { id: string; name: string };
  startSec: number;
  endSec: number | null;
  createdAt: string;
  /** Newer than the last time the user opened their mentions. */
  unread: boolean;
}

/** Notes that mention `userId`, not deleted, in projects they still belong to; not their own. */
const mentioning = (userId: string) =>
  and(
    sql`${notes.mentionIds} @> ${JSON.stringify([userId])}::jsonb`,
    isNull(notes.deletedAt),
    sql`${notes.authorId} IS DISTINCT FROM ${userId}`,
  );

async function seenAt(db: Database, userId: string): Promise<Date | null> {
  const [row] = await db.select({ at: users.mentionsSeenAt }).from(users).where(eq(users.id, userId));
  return row?.at ?? null;
}

/** The user's mentions, newest first (`before`: an ISO time, for the next page). */
export async function listMentions(
  db: Database,
  userId: string,
  options: { limit?: number; before?: string } = {},
): Promise<MentionView[]> {
  return mentionsSince(db, userId, await seenAt(db, userId), options);
}

/** The mentions page of the API: the list and the unread count, reading the read marker once. */
export async function mentionsInbox(
  db: Database,
  userId: string,
  options: { limit?: number; before?: string } = {},
): Promise<{ mentions: MentionView[]; unread: number }> {
  const seen = await seenAt(db, userId);
  const [mentions, unread] = await Promise.all([
    mentionsSince(db, userId, seen, options),
    unreadSince(db, userId, seen),
  ]);
  return { mentions, unread };
}

async function mentionsSince(
  db: Database,
  userId: string,
  seen: Date | null,
  options: { limit?: number; before?: string },
): Promise<MentionView[]> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const where = [mentioning(userId)];
  if (options.before) where.push(lt(notes.createdAt, new Date(options.before)));
  const rows = await db
    .select({
      id: notes.id,
      parentId: notes.parentId,
      body: notes.body,
      authorId: notes.authorId,
      authorName: users.name,
      songId: songs.id,
      songTitle: songs.title,
      projectId: projects.id,
      projectName: projects.name,
      startSec: notes.startSec,
      endSec: notes.endSec,
      createdAt: notes.createdAt,
    })
    .from(notes)
    .innerJoin(songs, eq(songs.id, notes.songId))
    .innerJoin(projects, eq(projects.id, songs.projectId))
    .innerJoin(memberships, and(eq(memberships.projectId, songs.projectId), eq(memberships.userId, userId)))
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(and(...where))
    .orderBy(desc(notes.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    noteId: r.id,
    threadId: r.parentId ?? r.id,
    body: r.body,
    author: r.authorId === null ? null : { id: r.authorId, name: r.authorName ?? 'Someone' },
    song: { id: r.songId, title: r.songTitle },
    project: { id: r.projectId, name: r.projectName },
    startSec: r.startSec,
    endSec: r.endSec,
    createdAt: r.createdAt.toISOString(),
    unread: seen === null || r.createdAt > seen,
  }));
}

/** How many of the user's mentions are newer than the last time they opened them. */
export async function unreadMentionCount(db: Database, userId: string): Promise<number> {
  return unreadSince(db, userId, await seenAt(db, userId));
}

async function unreadSince(db: Database, userId: string, seen: Date | null): Promise<number> {
  const where = [mentioning(userId)];
  if (seen !== null) where.push(gt(notes.createdAt, seen));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notes)
    .innerJoin(songs, eq(songs.id, notes.songId))
    .innerJoin(memberships, and(eq(memberships.projectId, songs.projectId), eq(memberships.userId, userId)))
    .where(and(...where));
  return row?.n ?? 0;
}

/** Marks every mention so far as read. */
export async function markMentionsSeen(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ mentionsSeenAt: new Date() }).where(eq(users.id, userId));
}
