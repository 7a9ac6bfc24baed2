import type { NoteChangedEvent } from '@/lib/notes/noteEvent';
import type { NoteThread, NoteView } from '@/lib/notes/noteView';

/** Notes by id: what the panel holds, patched by live events and replaced by refetches. */
export type NoteStore = ReadonlyMap<string, NoteView>;

/** The store with one note put in (or replaced) — from an event or our own request's answer. */
export function upsertNote(store: NoteStore, note: NoteView): NoteStore {
  const next = new Map(store);
  next.set(note.id, note);
  return next;
}

/** A store from `GET …/notes` threads (first notes and their replies, flattened). */
export function storeFromThreads(threads: readonly NoteThread[]): NoteStore {
  const store = new Map<string, NoteView>();
  for (const { replies, ...note } of threads) {
    store.set(note.id, note);
    for (const reply of replies) store.set(reply.id, reply);
  }
  return store;
}

/** Reads the JSON of an SSE `note.changed` event; null for anything else (never trust the wire). */
export function parseNoteChanged(data: string): NoteChangedEvent | null {
  try {
    const event = JSON.parse(data) as Partial<NoteChangedEvent> | null;
    if (event?.type !== 'note.changed' || event.v !== 1 || typeof event.note?.id !== 'string') return null;
    return event as NoteChangedEvent;
  } catch {
    return null;
  }
}
