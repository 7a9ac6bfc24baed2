'use client';
import { NoteComposer } from './NoteComposer';
import { NoteFiltersBar } from './NoteFiltersBar';
import { useNotes } from './NotesContext';
import { NotesOverview } from './NotesOverview';
import { NoteThreadItem } from './NoteThreadItem';
import styles from './notes.module.css';

const LIVE_LABELS = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Not live — reload the page',
} as const;

/** The song's notes: add one (N), filter, read threads, reply, resolve; updates arrive live. */
export function NotesPanel({
  meId,
  canWrite,
  durationSec,
}: {
  meId: string;
  canWrite: boolean;
  /** The song's length (its longest stem), for the overview bar. */
  durationSec: number;
}) {
  const { notes, visibleNotes, loaded, live, error } = useNotes();
  return (
    <section
      className={styles.panel}
      aria-label="Notes"
      data-testid="notes-panel"
      data-live={live}
      data-loaded={loaded}
    >
      <div className={styles.header}>
        <h2 className={styles.title}>Notes</h2>
        <span className={styles.live} data-state={live} role="status">
          {LIVE_LABELS[live]}
        </span>
        {notes.length > 0 && <NoteFiltersBar />}
      </div>
      {canWrite ? (
        <NoteComposer />
      ) : (
        <p className="muted small" role="note">
          You are listening as a viewer: you can read notes, not write them.
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!loaded ? (
        <p className="muted small">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="empty">
          {canWrite
            ? 'No notes yet — press N while listening to leave one at the playhead.'
            : 'No notes yet. Notes from the artist and engineers appear here as they are written.'}
        </p>
      ) : visibleNotes.length === 0 ? (
        <p className="empty">
          No note matches these filters. Choose “All notes” and “Everyone” to see them all.
        </p>
      ) : (
        <>
          <NotesOverview durationSec={durationSec} />
          <ul className={styles.threads} aria-label="Note threads">
            {visibleNotes.map((thread) => (
              <NoteThreadItem key={thread.id} thread={thread} meId={meId} canWrite={canWrite} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
