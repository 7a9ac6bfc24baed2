import type { NoteView } from './noteView';

/** What happened to the note carried by a `note.changed` event. */
export type NoteChange = 'created' | 'edited' | 'resolved' | 'reopened' | 'deleted';

/**
 * The live event for every change to a note, on the song's topic and as the SSE `note.changed` event.
 * It carries the whole note as it now is, so a listener patches its list by id without a refetch.
 */
export interface NoteChangedEvent {
  type: 'note.changed';
  v: 1;
  change: NoteChange;
  note: NoteView;
}
