'use client';
import { splitMentions } from '@/lib/notes/mentions';
import type { NoteView } from '@/lib/notes/noteView';
import styles from './notes.module.css';

/** A note's text with its @mentions highlighted (only the members the server resolved). */
export function NoteBody({ note }: { note: NoteView }) {
  if (note.deletedAt !== null)
    return <p className={`${styles.body} ${styles.deleted}`}>This note was deleted.</p>;
  const segments = splitMentions(
    note.body,
    note.mentions.map((m) => ({ userId: m.userId, labels: [m.name, m.email] })),
  );
  return (
    <p className={styles.body}>
      {segments.map((segment, index) =>
        segment.userId ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder.
          <mark key={index} className={styles.mention} data-user-id={segment.userId}>
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder.
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
