import 'server-only';
import { songTopic } from '@/lib/events/topics';
import type { NotesDeps } from './deps';
import type { NoteChange, NoteChangedEvent } from './noteEvent';
import type { NoteView } from './noteView';

/** Tells everyone listening to the note's song what changed (call after the change is committed). */
export function publishNoteChange(deps: NotesDeps, change: NoteChange, note: NoteView): void {
  const event: NoteChangedEvent = { type: 'note.changed', v: 1, change, note };
  deps.events?.publish(songTopic(note.songId), event);
}
