import type { NoteThread } from '@/lib/notes/noteView';

/** The panel's filters; `versionId` "live" is the live mix, "all" any version. */
export interface NoteFilters {
  status: 'all' | 'open' | 'resolved';
  /** A user id, or "all". */
  authorId: string;
  versionId: string;
}

export const DEFAULT_NOTE_FILTERS: NoteFilters = { status: 'all', authorId: 'all', versionId: 'all' };

/** Whether a thread passes the filters (they look at its first note, like the API's). */
export function matchesNoteFilters(thread: NoteThread, filters: NoteFilters): boolean {
  if (filters.status === 'open' && thread.resolvedAt !== null) return false;
  if (filters.status === 'resolved' && thread.resolvedAt === null) return false;
  if (filters.authorId !== 'all' && thread.author?.id !== filters.authorId) return false;
  if (filters.versionId === 'live') return thread.versionId === null;
  return filters.versionId === 'all' || thread.versionId === filters.versionId;
}
