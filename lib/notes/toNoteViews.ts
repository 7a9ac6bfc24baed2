import 'server-only';
import type { Database } from '@/db/client';
import type { NoteRow } from '@/db/schema';
import type { NotePerson, NoteView } from './noteView';
import { peopleById } from './people';

/** Turns note rows of one project into API views, with names and current roles of everyone they name. */
export async function toNoteViews(
  db: Database,
  projectId: string,
  rows: readonly NoteRow[],
): Promise<NoteView[]> {
  const ids = rows.flatMap((r) => [r.authorId, r.resolvedBy, r.reopenedBy, ...r.mentionIds]);
  const people = await peopleById(
    db,
    projectId,
    ids.filter((id): id is string => id !== null),
  );
  const person = (id: string | null): NotePerson | null => {
    const p = id === null ? undefined : people.get(id);
    return p ? { id: p.userId, name: p.name, role: p.role } : null;
  };
  return rows.map((row) => ({
    id: row.id,
    songId: row.songId,
    versionId: row.versionId,
    parentId: row.parentId,
    startSec: row.startSec,
    endSec: row.endSec,
    body: row.body,
    mentions: row.mentionIds.flatMap((id) => {
      const p = people.get(id);
      return p ? [{ userId: p.userId, name: p.name, email: p.email }] : [];
    }),
    author: person(row.authorId),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: person(row.resolvedBy),
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    reopenedBy: person(row.reopenedBy),
  }));
}
