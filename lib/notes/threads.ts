import type { NoteThread, NoteView } from './noteView';

/**
 * Groups notes into threads in song order (start time, then creation). A deleted note stays only while
 * it holds replies that are not deleted, so a thread keeps its context and empty husks disappear.
 * The API and the notes panel (which patches its list from live events) share this rule.
 */
export function buildThreads(notes: readonly NoteView[]): NoteThread[] {
  const repliesByParent = new Map<string, NoteView[]>();
  for (const note of notes) {
    if (note.parentId === null || note.deletedAt !== null) continue;
    const replies = repliesByParent.get(note.parentId) ?? [];
    replies.push(note);
    repliesByParent.set(note.parentId, replies);
  }
  const threads: NoteThread[] = [];
  for (const note of notes) {
    if (note.parentId !== null) continue;
    const replies = (repliesByParent.get(note.id) ?? []).sort(byCreation);
    if (note.deletedAt !== null && replies.length === 0) continue;
    threads.push({ ...note, replies });
  }
  return threads.sort((a, b) => a.startSec - b.startSec || byCreation(a, b));
}

function byCreation(a: NoteView, b: NoteView): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
