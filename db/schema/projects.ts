import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, newId } from './types';
import { users } from './users';

export const ROLES = ['owner', 'mix_engineer', 'artist', 'mastering_engineer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const projects = pgTable('projects', {
  id: text('id').primaryKey().$defaultFn(newId),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['single', 'album'] })
    .notNull()
    .default('single'),
  /** Roles whose approval makes a version approved (issue: approvals). */
  requiredApprovalRoles: jsonb('required_approval_roles')
    .$type<Role[]>()
    .notNull()
    .default(['artist', 'mix_engineer']),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invites = pgTable(
  'invites',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('invites_token_idx').on(t.tokenHash), index('invites_project_idx').on(t.projectId)],
);

/** What happened in a project, newest first in the feed. */
export const activityEvents = pgTable(
  'activity_events',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('activity_project_idx').on(t.projectId, t.createdAt)],
);
