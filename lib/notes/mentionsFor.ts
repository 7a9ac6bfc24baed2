import 'server-only';
import type { Database } from '@/db/client';
import { mentionedUserIds } from './mentions';
import { projectMembers } from './people';

/** The ids of the project's members a body @mentions (by name or email); anyone else is plain text. */
export async function mentionIdsFor(db: Database, projectId: string, body: string): Promise<string[]> {
  if (!body.includes('@')) return [];
  const members = await projectMembers(db, projectId);
  return mentionedUserIds(
    body,
    members.map((m) => ({ userId: m.userId, labels: [m.name, m.email] })),
  );
}
