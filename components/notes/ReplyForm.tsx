'use client';
import { useState } from 'react';
import type { NoteThread } from '@/lib/notes/noteView';
import { MentionTextarea } from './MentionTextarea';
import { useNotes } from './NotesContext';
import { noteRequests } from './noteRequests';
import styles from './notes.module.css';

/** Answers a thread (replies are one level deep and sit at the thread's time). Ctrl+Enter sends. */
export function ReplyForm({ thread }: { thread: NoteThread }) {
  const { songId, members, applyNote } = useNotes();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = thread.author?.name ?? 'this';
  const fieldId = `reply-${thread.id}`;

  return (
    <form
      className={styles.reply}
      aria-label={`Reply to ${who}’s note`}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          applyNote(await noteRequests.create(songId, { body, parentId: thread.id }));
          setBody('');
        } catch (cause) {
          setError(cause instanceof Error ? cause.message : String(cause));
        } finally {
          setBusy(false);
        }
      }}
    >
      <label className="sr-only" htmlFor={fieldId}>
        Reply
      </label>
      <MentionTextarea
        id={fieldId}
        members={members}
        rows={1}
        placeholder="Reply…"
        value={body}
        maxLength={5000}
        onValueChange={setBody}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
        }}
      />
      <button type="submit" className="secondary" disabled={busy || body.trim() === ''}>
        Send reply
      </button>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
