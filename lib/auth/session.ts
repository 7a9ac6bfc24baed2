import 'server-only';
import { decode } from 'next-auth/jwt';

export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/** Reads one cookie's value out of a Cookie header. */
export function cookieValue(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The signed-in user of a next-auth JWT session cookie, or null (missing, forged, expired). */
export async function readSessionUser(
  cookieHeader: string | null | undefined,
  secret: string,
): Promise<SessionUser | null> {
  return readSessionUserFrom((name) => cookieValue(cookieHeader, name), secret);
}

export interface SessionUser {
  userId: string;
  name: string;
  email: string;
}

/** Same as readSessionUser, with cookies looked up by name (Next's `cookies()` store). */
export async function readSessionUserFrom(
  getCookie: (name: string) => string | undefined,
  secret: string,
): Promise<SessionUser | null> {
  for (const name of SESSION_COOKIES) {
    const token = getCookie(name);
    if (!token) continue;
    try {
      const jwt = await decode({ token, secret });
      if (jwt?.sub) return { userId: jwt.sub, name: String(jwt.name ?? ''), email: String(jwt.email ?? '') };
    } catch {
      // A cookie that does not decode is no session; fall through.
    }
  }
  return null;
}
