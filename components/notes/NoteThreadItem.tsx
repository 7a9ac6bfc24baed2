'use client';
import type { NoteThread } from '@/lib/notes/noteView';
import { formatNoteTime } from '@/lib/notes/timecode';
import { NoteItem } from './NoteItem';
import { useNotes } from './NotesContext';
import styles from './notes.module.css';
import { ReplyForm } from './ReplyForm';

/** A thread: its first note, the replies under it, and a reply field for those who may write. */
export function NoteThreadItem({
  thread,
  meId,
  canWrite,
}: {
  thread: NoteThread;
  meId: string;
  canWrite: boolean;
}) {
  const { activeNoteId } = useNotes();
  const time = formatNoteTime(thread.startSec, thread.endSec);
  return (
    <li>
      <article
        className={styles.thread}
        aria-label={`Note by ${thread.author?.name ?? 'someone who left'} at ${time}`}
        data-testid="note-thread"
        data-note-id={thread.id}
        data-resolved={thread.resolvedAt !== null}
        data-active={activeNoteId === thread.id}
      >
        <NoteItem note={thread} meId={meId} canWrite={canWrite} isThreadHead />
        {thread.replies.length > 0 && (
          <ul className={styles.replies} aria-label="Replies">
            {thread.replies.map((reply) => (
              <li key={reply.id}>
                <NoteItem note={reply} meId={meId} canWrite={canWrite} isThreadHead={false} />
              </li>
            ))}
          </ul>
        )}
        {canWrite && <ReplyForm thread={thread} />}
      </article>
    </li>
  );
}
