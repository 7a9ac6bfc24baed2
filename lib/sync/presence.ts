/** Identity the server stamps into every awareness state; whatever the client claimed here is replaced. */
export interface PresenceUser {
  id: string;
  name: string;
  /** The member's role in the song's project (`db/schema/projects` ROLES). */
  role: string;
  /** CSS colour derived from the user id, the same on every screen. */
  color: string;
}

/** One client's awareness state in a mix room. `user` comes from the server; the rest from the client. */
export interface Presence {
  user: PresenceUser;
  /** Transport position in seconds. */
  playheadSec?: number;
  playing?: boolean;
  selectedTrackId?: string | null;
}

const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];

/** A stable colour for a user id (FNV-1a hash into a fixed palette). */
export const presenceColor = (userId: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length]!;
};
