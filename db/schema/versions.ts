import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { MixState } from '../../lib/mix/types';
import { ROLES } from './projects';
import { type LoudnessFigures, songs } from './songs';
import { bytea, createdAt, newId } from './types';
import { users } from './users';

export const BOUNCE_STATES = ['queued', 'rendering', 'ready', 'failed'] as const;
export type BounceState = (typeof BOUNCE_STATES)[number];

/**
 * A frozen snapshot of a song's mix. `snapshot` (Yjs state) and `mixState` never change once written: no
 * code path updates them and a database trigger (migration versions_immutable) refuses it. Only the bounce
 * columns (filled by the background bounce) and `approvedAt` (set once, when the last required approval
 * arrives) are written after the insert.
 */
export const versions = pgTable(
  'versions',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    songId: text('song_id')
      .notNull()
      .references(() => songs.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per song, shown as v1, v2. */
    number: integer('number').notNull(),
    label: text('label').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    snapshot: bytea('snapshot').notNull(),
    mixState: jsonb('mix_state').$type<MixState>().notNull(),
    createdAt: createdAt(),
    bounceState: text('bounce_state', { enum: BOUNCE_STATES }).notNull().default('queued'),
    bounceProgress: real('bounce_progress').notNull().default(0),
    bounceError: text('bounce_error'),
    /** sha256 of the bounced 24-bit stereo WAV blob. */
    bounceSha256: text('bounce_sha256'),
    bounceSampleRate: integer('bounce_sample_rate'),
    bounceDurationSec: doublePrecision('bounce_duration_sec'),
    loudness: jsonb('loudness').$type<LoudnessFigures>(),
    /** Set once when every required role has approved: the version is locked from then on. */
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('versions_song_number_idx').on(t.songId, t.number),
    index('versions_bounce_idx').on(t.bounceState, t.createdAt),
  ],
);

export const APPROVAL_DECISIONS = ['approve', 'request_changes'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** Every decision ever made on a version, kept: the latest one per user is the one that counts. */
export const approvals = pgTable(
  'approvals',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    versionId: text('version_id')
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The member's role when they decided. */
    role: text('role', { enum: ROLES }).notNull(),
    decision: text('decision', { enum: APPROVAL_DECISIONS }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('approvals_version_idx').on(t.versionId, t.createdAt)],
);

export type VersionRow = typeof versions.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
