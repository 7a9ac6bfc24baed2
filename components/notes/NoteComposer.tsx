'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { formatNoteTime, parseNoteTime } from '@/lib/notes/timecode';
import { MentionTextarea } from './MentionTextarea';
import { useNotes } from './NotesContext';
import { noteRequests } from './noteRequests';
import styles from './notes.module.css';
import { useNoteShortcut } from './useNoteShortcut';

/**
 * "Add note": a time ("0:42" or "0:42–0:48", prefilled from the playhead or the selected range) and
 * the text. N anywhere on the page fills the time from the playhead and puts the cursor in the text.
 */
export function NoteComposer() {
  const { songId, members, filters, applyNote, getPlayheadSec, getSelectedRange } = useNotes();
  const [time, setTime] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const timeId = useId();

  const timeNow = (): string | null => {
    const range = getSelectedRange();
    if (range) return formatNoteTime(range.startSec, range.endSec);
    const atSec = getPlayheadSec();
    return atSec === null ? null : formatNoteTime(atSec, null);
  };

  // Prefill once with the playhead when a player has published one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount; later N or the playhead button refresh it.
  useEffect(() => {
    const known = timeNow();
    if (known !== null) setTime((current) => (current === '' ? known : current));
  }, []);

  useNoteShortcut(() => {
    const known = timeNow();
    if (known !== null) setTime(known);
    bodyRef.current?.focus();
    bodyRef.current?.scrollIntoView({ block: 'nearest' });
  }, true);

  return (
    <form
      className={styles.composer}
      aria-label="Add note"
      onSubmit={async (event) => {
        event.preventDefault();
        const place = parseNoteTime(time);
        if (place === null) {
          setError('Write the time as m:ss (0:42) or a range m:ss–m:ss (0:42–0:48).');
          return;
        }
        setBusy(true);
        setError(null);
        try {
          const versionId =
            filters.versionId === 'all' || filters.versionId === 'live' ? null : filters.versionId;
          applyNote(await noteRequests.create(songId, { body, ...place, versionId }));
          setBody('');
        } catch (cause) {
          setError(cause instanceof Error ? cause.message : String(cause));
        } finally {
          setBusy(false);
        }
      }}
    >
      {/* The label names the input only: the playhead button beside it has its own name. */}
      <div className={styles.timeGroup}>
        <label htmlFor={timeId}>Time</label>
        <span className={styles.timeField}>
          <input
            id={timeId}
            name="time"
            value={time}
            placeholder="0:42 or 0:42–0:48"
            inputMode="text"
            autoComplete="off"
            aria-describedby={`${timeId}-hint`}
            onChange={(e) => setTime(e.target.value)}
          />
          <button
            type="button"
            className="secondary"
            aria-label="Now: set the time to the playhead"
            title="Set the time to the playhead (or the selected range)"
            onClick={() => {
              const known = timeNow();
              if (known === null) setError('No playhead yet: play the song, or type the time.');
              else setTime(known);
            }}
          >
            Now
          </button>
        </span>
      </div>
      <div className={styles.bodyGroup}>
        <label htmlFor={`${timeId}-body`}>Note</label>
        <MentionTextarea
          id={`${timeId}-body`}
          textareaRef={bodyRef}
          members={members}
          name="body"
          rows={2}
          value={body}
          maxLength={5000}
          placeholder="What do you hear? @name mentions someone"
          onValueChange={setBody}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
        />
      </div>
      <button type="submit" disabled={busy || body.trim() === '' || time.trim() === ''}>
        Add note
      </button>
      <p id={`${timeId}-hint`} className={`${styles.hint} muted small`}>
        Press N while listening to leave a note at the playhead; Ctrl+Enter adds it.
      </p>
      {error && (
        <p className={`${styles.hint} error small`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
