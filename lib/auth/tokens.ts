import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { accessTokens, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { hashToken, newSecretToken } from './secret-token';

export const ACCESS_TOKEN_PREFIX = 'mxr_pat_';
const LAST_USED_RESOLUTION_MS = 60_000;

export interface AuthenticatedUser {
  userId: string;
  name: string;
  email: string;
  /** Set when authenticated by a personal access token (not a session). */
  tokenId?: string;
}

/** Creates a personal access token; the token itself is returned once and never stored. */
export async function createAccessToken(db: Database, userId: string, name: string) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100)
    throw new AppError('bad_request', 'A token needs a name of 1 to 100 characters.');
  const token = newSecretToken(ACCESS_TOKEN_PREFIX);
  const [row] = await db
    .insert(accessTokens)
    .values({
      userId,
      name: trimmed,
      tokenHash: hashToken(token),
      prefix: token.slice(0, ACCESS_TOKEN_PREFIX.length + 4),
    })
    .returning({ id: accessTokens.id, name: accessTokens.name, createdAt: accessTokens.createdAt });
  return { ...row!, token };
}

/** The user's tokens that are not revoked, newest first (never the secret). */
export async function listAccessTokens(db: Database, userId: string) {
  return db
    .select({
      id: accessTokens.id,
      name: accessTokens.name,
      prefix: accessTokens.prefix,
      createdAt: accessTokens.createdAt,
      lastUsedAt: accessTokens.lastUsedAt,
    })
    .from(accessTokens)
    .where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
    .orderBy(desc(accessTokens.createdAt));
}

/** Revokes one of the user's own tokens. */
export async function revokeAccessToken(db: Database, userId: string, tokenId: string): Promise<void> {
  const rows = await db
    .update(accessTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(accessTokens.id, tokenId), eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
    .returning({ id: accessTokens.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such token.');
}

/** The user a bearer token belongs to, or null for an unknown or revoked token. */
export async function verifyAccessToken(db: Database, token: string): Promise<AuthenticatedUser | null> {
  if (!token.startsWith(ACCESS_TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({
      id: accessTokens.id,
      lastUsedAt: accessTokens.lastUsedAt,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(and(eq(accessTokens.tokenHash, hashToken(token)), isNull(accessTokens.revokedAt)));
  if (!row) return null;
  // "Last used" is shown to the minute: one write a minute per token, not one per request.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, row.id));
  }
  return { userId: row.userId, name: row.name, email: row.email, tokenId: row.id };
}
