'use client';
import { useState } from 'react';
import { ROLE_LABELS } from '@/lib/auth/policy';
import type { NoteView } from '@/lib/notes/noteView';
import { formatNoteTime, formatTimecode } from '@/lib/notes/timecode';
import { NoteBody } from './NoteBody';
import { useNotes } from './NotesContext';
import { noteRequests } from './noteRequests';
import styles from './notes.module.css';

/**
 * One note: who (and their role), when in the song (click to hear it), the body, and what the viewer
 * may do with it — edit or delete their own; resolve or reopen a thread when they may write notes.
 */
export function NoteItem({
  note,
  meId,
  canWrite,
  isThreadHead,
}: {
  note: NoteView;
  meId: string;
  canWrite: boolean;
  isThreadHead: boolean;
}) {
  const { applyNote, seekAndPlay, setActiveNoteId } = useNotes();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = canWrite && note.author?.id === meId && note.deletedAt === null;
  const authorName = note.author?.name ?? 'Someone who left';
  const time = formatNoteTime(note.startSec, note.endSec);

  async function run(action: () => Promise<NoteView | undefined>) {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      if (updated) applyNote(updated);
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.note} data-testid="note" data-note-id={note.id}>
      <div className={styles.meta}>
        <span className={styles.author}>{authorName}</span>
        {note.author?.role && <span className="badge">{ROLE_LABELS[note.author.role]}</span>}
        {isThreadHead && (
          <button
            type="button"
            className={styles.time}
            title={`Play from ${formatTimecode(note.startSec)}`}
            onClick={() => {
              setActiveNoteId(note.id);
              seekAndPlay(note.startSec);
            }}
          >
            ▶ {time}
          </button>
        )}
        {isThreadHead && note.resolvedAt !== null && (
          <span className={`badge ${styles.resolved}`} data-testid="resolved-badge">
            Resolved{note.resolvedBy ? ` by ${note.resolvedBy.name}` : ''}
          </span>
        )}
        <time
          className="muted small"
          dateTime={note.createdAt}
          title={new Date(note.createdAt).toLocaleString()}
        >
          {new Date(note.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </time>
        {note.editedAt !== null && note.deletedAt === null && <span className="muted small">(edited)</span>}
      </div>
      {editing ? (
        <form
          className={styles.editor}
          aria-label={`Editing your note at ${time}`}
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(() => noteRequests.edit(note.id, draft))) setEditing(false);
          }}
        >
          <label className="sr-only" htmlFor={`edit-${note.id}`}>
            Note text
          </label>
          <textarea
            id={`edit-${note.id}`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
            }}
            maxLength={5000}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this note.
            autoFocus
          />
          <button type="submit" disabled={busy || draft.trim() === ''}>
            Save
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <NoteBody note={note} />
      )}
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      {!editing && (mine || (isThreadHead && canWrite)) && (
        <div className={styles.actions}>
          {isThreadHead && canWrite && note.resolvedAt === null && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={`Resolve ${authorName}’s note at ${time}`}
              onClick={() => run(() => noteRequests.resolve(note.id))}
            >
              Resolve
            </button>
          )}
          {isThreadHead && canWrite && note.resolvedAt !== null && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={`Reopen ${authorName}’s note at ${time}`}
              onClick={() => run(() => noteRequests.reopen(note.id))}
            >
              Reopen
            </button>
          )}
          {mine && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={`Edit your note at ${time}`}
              onClick={() => {
                setDraft(note.body);
                setEditing(true);
              }}
            >
              Edit
            </button>
          )}
          {mine && (
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-label={`Delete your note at ${time}`}
              onClick={() => {
                if (window.confirm('Delete this note? Replies to it stay.'))
                  void run(async () => {
                    await noteRequests.remove(note.id);
                    return undefined;
                  });
              }}
            >
              Delete
            </button>
          )}
        </div>
      )}
    </div>
  );
}
