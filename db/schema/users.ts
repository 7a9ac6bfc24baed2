import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, newId } from './types';

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    /** When the user last opened their mentions; later @mentions of them count as unread. */
    mentionsSeenAt: timestamp('mentions_seen_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email)],
);

/** Failed sign-ins per email, for throttling. */
export const signInFailures = pgTable('sign_in_failures', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull().default(0),
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true, mode: 'date' }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
});

/** Personal access tokens; only the sha256 of the secret is stored. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** First characters of the token, shown in the list so people can tell tokens apart. */
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('access_tokens_hash_idx').on(t.tokenHash)],
);
