import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { songs } from './songs';
import { createdAt, newId } from './types';
import { users } from './users';
import { versions } from './versions';

/**
 * Feedback pinned to a song's time: a point (`endSec` null) or a range (`startSec` < `endSec`).
 * `versionId` null means the live mix. (The versions table came after this one: migration
 * `notes_version_fk` added the foreign key.)
 */
export const notes = pgTable(
  'notes',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    songId: text('song_id')
      .notNull()
      .references(() => songs.id, { onDelete: 'cascade' }),
    versionId: text('version_id').references(() => versions.id, { onDelete: 'set null' }),
    /** A reply hangs on a top-level note (one level); replies carry their parent's times. */
    parentId: text('parent_id').references((): AnyPgColumn => notes.id, {
      onDelete: 'cascade',
    }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    startSec: doublePrecision('start_sec').notNull(),
    endSec: doublePrecision('end_sec'),
    body: text('body').notNull(),
    /** Ids of the project members the body @mentions, resolved when the body was written. */
    mentionIds: jsonb('mention_ids').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date' }),
    /** Soft delete: the body is blanked and the thread kept, so replies still make sense. */
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true, mode: 'date' }),
    reopenedBy: text('reopened_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('notes_song_idx').on(t.songId, t.startSec),
    index('notes_parent_idx').on(t.parentId),
    check('notes_start_non_negative', sql`${t.startSec} >= 0`),
    check('notes_range_ordered', sql`${t.endSec} IS NULL OR ${t.endSec} > ${t.startSec}`),
  ],
);

export type NoteRow = typeof notes.$inferSelect;
