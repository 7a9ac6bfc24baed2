'use client';
import { useOptionalNotes } from '@/components/notes/NotesContext';
import { formatSec } from '@/lib/mix';
import styles from './timeline.module.css';
import { secToPx, spanToPx, type TimeScale } from './timeScale';

const excerpt = (body: string) => (body.length > 80 ? `${body.slice(0, 79)}…` : body);

/**
 * The song's notes on the timeline (the ones the notes panel's filters let through): a flag and a
 * line at a point note, a shaded span for a range; resolved notes are dimmer. Clicking a flag plays
 * from the note and highlights it in the panel. Draws nothing outside a NotesProvider.
 */
export function NoteMarks({ scale }: { scale: TimeScale }) {
  const notes = useOptionalNotes();
  if (notes === null) return null;
  return (
    <>
      {notes.visibleNotes.map((note) => {
        const left = secToPx(note.startSec, scale);
        const width = note.endSec === null ? 0 : spanToPx(note.endSec - note.startSec, scale);
        const who = note.author?.name ?? 'Someone';
        const when =
          note.endSec === null
            ? formatSec(note.startSec)
            : `${formatSec(note.startSec)}–${formatSec(note.endSec)}`;
        return (
          <div
            key={note.id}
            className={styles.note}
            data-range={note.endSec !== null || undefined}
            data-resolved={note.resolvedAt !== null || undefined}
            data-active={notes.activeNoteId === note.id || undefined}
            style={{ left, width }}
          >
            <button
              type="button"
              className={styles.noteFlag}
              aria-label={`Play from ${who}'s note at ${when}: ${excerpt(note.body)}`}
              title={`${who} · ${when}\n${excerpt(note.body)}`}
              onPointerDown={(event) => event.stopPropagation()}
              onClick={() => {
                notes.setActiveNoteId(note.id);
                notes.seekAndPlay(note.startSec);
              }}
            />
          </div>
        );
      })}
    </>
  );
}
