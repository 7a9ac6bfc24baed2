import 'server-only';
import type { IncomingMessage } from 'node:http';
import type { Database } from '@/db/client';
import { readSessionUser } from '@/lib/auth/session';
import { verifyAccessToken } from '@/lib/auth/tokens';
import type { Authenticate } from './authorizeUpgrade';

/** The token of `?token=…` or `Authorization: Bearer …`, if the request carries one. */
export function requestToken(req: IncomingMessage): string | null {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  if (query) return query;
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * The authenticator the process entry passes to `createSyncServer`: a personal access token when the
 * request carries one (a wrong token is not rescued by a cookie), else the next-auth session cookie.
 */
export function createRequestAuthenticator(deps: { db: Database; sessionSecret: string }): Authenticate {
  return async (req) => {
    const token = requestToken(req);
    if (token) {
      const user = await verifyAccessToken(deps.db, token);
      return user ? { userId: user.userId, name: user.name, tokenId: user.tokenId } : null;
    }
    const user = await readSessionUser(req.headers.cookie, deps.sessionSecret);
    return user ? { userId: user.userId, name: user.name } : null;
  };
}
