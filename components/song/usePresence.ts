'use client';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Presence, PresenceUser } from '@/lib/sync/presence';

/** A person in the room (several tabs of one user count once). */
export interface PresentUser extends PresenceUser {
  selectedTrackId: string | null;
}

const isPresenceUser = (value: unknown): value is PresenceUser => {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  return ['id', 'name', 'role', 'color'].every((key) => typeof user[key] === 'string');
};

/**
 * Other people in the room, from awareness. Our own state is skipped: the server stamps identity on
 * what it relays, but never echoes our own entry back, so the page passes who we are separately.
 */
export function usePresence(awareness: Awareness | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!awareness) {
      setUsers([]);
      return;
    }
    const refresh = () => {
      const byId = new Map<string, PresentUser>();
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const presence = state as Partial<Presence>;
        if (!isPresenceUser(presence.user) || byId.has(presence.user.id)) continue;
        byId.set(presence.user.id, { ...presence.user, selectedTrackId: presence.selectedTrackId ?? null });
      }
      setUsers([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    };
    awareness.on('change', refresh);
    refresh();
    return () => awareness.off('change', refresh);
  }, [awareness]);
  return users;
}
