import 'server-only';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { readSessionUser } from './session';
import { type AuthenticatedUser, verifyAccessToken } from './tokens';

/**
 * The caller of an API request: a personal access token (`Authorization: Bearer …`) or the session cookie.
 * Cookie-authenticated writes from a foreign Origin are refused (the token path has no ambient authority).
 */
export async function requireUser(req: Request): Promise<AuthenticatedUser> {
  const { db, config } = appContext();
  const authorization = req.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const user = match ? await verifyAccessToken(db, match[1]!) : null;
    if (!user) throw new AppError('unauthorized', 'That access token is not valid or has been revoked.');
    return user;
  }
  const user = await readSessionUser(req.headers.get('cookie'), config.secret);
  if (!user) throw new AppError('unauthorized', 'Sign in first.');
  if (req.method !== 'GET' && req.method !== 'HEAD') assertSameOrigin(req);
  return user;
}

function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'The request came from a page of another site.');
  }
  if (originHost !== host) throw new AppError('forbidden', 'The request came from a page of another site.');
}
