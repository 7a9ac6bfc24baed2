import type { IncomingMessage } from 'node:http';
import type { Database } from '@/db/client';
import type { Role } from '@/db/schema/projects';
import { can } from '@/lib/auth/policy';
import { type RoomRef, roomFromRequestPath } from '@/lib/sync/roomName';
import type { UpgradeRefusal } from './rejectUpgrade';
import { findSongAccess } from './songAccess';

/** The user an upgrade request authenticates as. */
export interface SyncUser {
  userId: string;
  name: string;
  /** The personal access token the connection authenticated with (none for a session cookie). */
  tokenId?: string;
}

/** Reads credentials (session cookie, `?token=`) off an upgrade request; null when there are none valid. */
export type Authenticate = (req: IncomingMessage) => Promise<SyncUser | null>;

/** Exact origins (`https://mixroom.example`) or a predicate deciding whether a browser origin may connect. */
export type AllowedOrigins = readonly string[] | ((origin: string, req: IncomingMessage) => boolean);

/** Everything a granted connection knows about itself. */
export interface SyncGrant {
  room: { name: string; ref: RoomRef };
  user: SyncUser;
  role: Role;
  canWrite: boolean;
}

export type UpgradeDecision = { ok: true; grant: SyncGrant } | { ok: false; status: UpgradeRefusal };

const normaliseOrigin = (origin: string): string | null => {
  try {
    return new URL(origin).origin;
  } catch {
    return null;
  }
};

/** Whether the request's Origin header (absent for non-browser clients) is one we serve. */
export function originAllowed(req: IncomingMessage, allowed: AllowedOrigins): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (typeof allowed === 'function') return allowed(origin, req);
  const normalised = normaliseOrigin(origin);
  return normalised !== null && allowed.some((entry) => normaliseOrigin(entry) === normalised);
}

/**
 * Decides an upgrade request before anything is loaded: foreign Origin → 403, no valid credentials → 401,
 * malformed room or unknown song → 404, not a member or no `mix.read` → 403.
 */
export async function authorizeUpgrade(
  req: IncomingMessage,
  deps: { db: Database; authenticate: Authenticate; allowedOrigins: AllowedOrigins },
): Promise<UpgradeDecision> {
  if (!originAllowed(req, deps.allowedOrigins)) return { ok: false, status: 403 };
  const user = await deps.authenticate(req);
  if (!user) return { ok: false, status: 401 };
  const room = roomFromRequestPath(req.url ?? '');
  if (!room) return { ok: false, status: 404 };
  const access = await findSongAccess(deps.db, room.ref.songId, user.userId);
  if (access.kind === 'unknown-song') return { ok: false, status: 404 };
  if (!can(access.role, 'mix.read') || !access.role) return { ok: false, status: 403 };
  return { ok: true, grant: { room, user, role: access.role, canWrite: can(access.role, 'mix.write') } };
}
