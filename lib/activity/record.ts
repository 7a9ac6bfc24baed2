import 'server-only';
import type { Database } from '@/db/client';
import { activityEvents } from '@/db/schema';

export type ActivityKind =
  | 'project.created'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'member.left'
  | 'invite.created'
  | 'song.created'
  | 'stem.uploaded'
  | 'note.created'
  | 'note.replied'
  | 'note.resolved'
  | 'note.reopened'
  | 'version.saved'
  | 'version.approved'
  | 'version.restored'
  | 'version.decided';

/** Appends one event to a project's activity feed (inside the caller's transaction when given one). */
export async function recordActivity(
  db: Pick<Database, 'insert'>,
  event: { projectId: string; actorId: string | null; kind: ActivityKind; payload?: Record<string, unknown> },
): Promise<void> {
  await db.insert(activityEvents).values({ ...event, payload: event.payload ?? {} });
}
