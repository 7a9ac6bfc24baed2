import type { Role } from '@/db/schema/projects';

/** Someone a note names: its author, or who resolved or reopened it. `role` is null once they left. */
export interface NotePerson {
  id: string;
  name: string;
  role: Role | null;
}

/** A member a note's body @mentions (the labels the body may have used for them). */
export interface NoteMention {
  userId: string;
  name: string;
  email: string;
}

/**
 * A note as the API and the live events show it. Times are ISO strings so the same object crosses
 * HTTP, the event bus and SSE unchanged. A deleted note has an empty body and `deletedAt` set.
 */
export interface NoteView {
  id: string;
  songId: string;
  /** The version the note is about; null = the live mix. */
  versionId: string | null;
  /** The top-level note this one replies to; null for a top-level note. */
  parentId: string | null;
  startSec: number;
  /** null for a note at a point. */
  endSec: number | null;
  body: string;
  mentions: NoteMention[];
  /** null when the author's account no longer exists. */
  author: NotePerson | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  resolvedAt: string | null;
  resolvedBy: NotePerson | null;
  reopenedAt: string | null;
  reopenedBy: NotePerson | null;
}

/** A top-level note with its replies, oldest reply first. */
export interface NoteThread extends NoteView {
  replies: NoteView[];
}
