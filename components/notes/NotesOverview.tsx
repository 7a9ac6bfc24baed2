'use client';
import { formatNoteTime } from '@/lib/notes/timecode';
import { useNotes } from './NotesContext';
import styles from './notes.module.css';

/**
 * The song as one bar with its notes on it: a tick for a note at a point, a shaded span for a range,
 * dimmer once resolved. Clicking one plays from there. It shows where feedback gathers even before
 * the timeline draws notes on the waveform (docs/notes.md).
 */
export function NotesOverview({ durationSec }: { durationSec: number }) {
  const { visibleNotes, activeNoteId, setActiveNoteId, seekAndPlay } = useNotes();
  if (durationSec <= 0 || visibleNotes.length === 0) return null;
  const percent = (atSec: number) => `${Math.min(100, (Math.max(0, atSec) / durationSec) * 100)}%`;
  return (
    <fieldset className={styles.overviewGroup}>
      <legend className="sr-only">Notes along the song</legend>
      {/* Fieldsets lay out their content oddly; the positioned ticks live in a plain box. */}
      <div className={styles.overview}>
        {visibleNotes.map((note) => {
          const time = formatNoteTime(note.startSec, note.endSec);
          const isRange = note.endSec !== null;
          return (
            <button
              key={note.id}
              type="button"
              className={isRange ? styles.overviewRange : styles.overviewPoint}
              style={{
                left: percent(note.startSec),
                width: isRange
                  ? `calc(${percent(note.endSec ?? note.startSec)} - ${percent(note.startSec)})`
                  : undefined,
              }}
              data-resolved={note.resolvedAt !== null}
              data-active={activeNoteId === note.id}
              aria-label={`Play the note by ${note.author?.name ?? 'someone who left'} at ${time}`}
              title={`${time} — ${note.body.slice(0, 80)}`}
              onClick={() => {
                setActiveNoteId(note.id);
                seekAndPlay(note.startSec);
              }}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
