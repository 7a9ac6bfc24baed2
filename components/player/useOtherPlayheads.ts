'use client';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Presence } from '@/lib/sync/presence';

/** Another listener's transport as last published, with the local time we heard it. */
export interface OtherPlayhead {
  clientId: number;
  name: string;
  color: string;
  playheadSec: number;
  playing: boolean;
  receivedAtMs: number;
}

/** Where another listener's playhead is now: extrapolated while they play, between their 4 Hz updates. */
export const otherPlayheadSec = (p: OtherPlayhead, nowMs: number): number =>
  p.playing ? p.playheadSec + Math.min(1, (nowMs - p.receivedAtMs) / 1000) : p.playheadSec;

/** Other tabs' playheads from awareness (identity and colour stamped by the server). */
export function useOtherPlayheads(awareness: Awareness | null): OtherPlayhead[] {
  const [heads, setHeads] = useState<OtherPlayhead[]>([]);
  useEffect(() => {
    if (awareness === null) return;
    const refresh = (changes?: { added: number[]; updated: number[]; removed: number[] }) => {
      // Our own 4 Hz playhead updates also fire 'change'; they change nothing here.
      const ids = changes ? [...changes.added, ...changes.updated, ...changes.removed] : [];
      if (changes && ids.every((id) => id === awareness.clientID)) return;
      const now = performance.now();
      const next: OtherPlayhead[] = [];
      for (const [clientId, raw] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const s = raw as Partial<Presence>;
        if (typeof s.playheadSec !== 'number' || !Number.isFinite(s.playheadSec) || !s.user) continue;
        next.push({
          clientId,
          name: String(s.user.name),
          color: String(s.user.color),
          playheadSec: s.playheadSec,
          playing: s.playing === true,
          receivedAtMs: now,
        });
      }
      setHeads(next);
    };
    awareness.on('change', refresh);
    refresh();
    return () => {
      awareness.off('change', refresh);
      setHeads([]);
    };
  }, [awareness]);
  return heads;
}
