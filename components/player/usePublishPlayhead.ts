'use client';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { FrameClock } from './createFrameClock';

/** How often our playhead goes to the room while playing (awareness updates are broadcast to everyone). */
export const PLAYHEAD_PUBLISH_HZ = 4;

/**
 * Publishes `playheadSec` and `playing` (lib/sync/presence.ts) into awareness: at most 4 times a
 * second while playing, and at once on play, pause or a seek while stopped.
 */
export function usePublishPlayhead(awareness: Awareness | null, clock: FrameClock): void {
  useEffect(() => {
    if (awareness === null) return;
    let lastMs = 0;
    let lastSec = -1;
    let lastPlaying = false;
    return clock.subscribe(({ atSec, playing }) => {
      const now = performance.now();
      const changed = playing !== lastPlaying || (!playing && Math.abs(atSec - lastSec) > 0.001);
      if (!changed && (!playing || now - lastMs < 1000 / PLAYHEAD_PUBLISH_HZ)) return;
      lastMs = now;
      lastSec = atSec;
      lastPlaying = playing;
      const state = awareness.getLocalState() ?? {};
      awareness.setLocalState({ ...state, playheadSec: Math.round(atSec * 1000) / 1000, playing });
    });
  }, [awareness, clock]);
}
