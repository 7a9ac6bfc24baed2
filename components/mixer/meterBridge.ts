'use client';
import { createContext } from 'react';
import type { FrameClock } from '@/components/player/createFrameClock';

/** Where the mixer's strip meters read levels: the player's frame clock and its meters. */
export interface MeterSource {
  clock: FrameClock;
  /** A track's level in dBFS (-Infinity when silent). */
  readTrackDb(trackId: string): number;
  /** The master's left and right levels in dBFS. */
  readMasterDb(): readonly number[];
}

/**
 * Hands the player's meters to the mixer above it (the mixer renders before the player exists and
 * stays when the player is rebuilt for a new set of stems). The player sets the source while it
 * lives; strip meters watch for it.
 */
export class MeterBridge {
  private source: MeterSource | null = null;
  private readonly listeners = new Set<(source: MeterSource | null) => void>();

  set(source: MeterSource | null): void {
    this.source = source;
    for (const listener of this.listeners) listener(source);
  }

  /** Calls `listener` with the current source now and with every later one; returns the unsubscribe. */
  watch(listener: (source: MeterSource | null) => void): () => void {
    this.listeners.add(listener);
    listener(this.source);
    return () => this.listeners.delete(listener);
  }
}

export const MeterBridgeContext = createContext<MeterBridge | null>(null);
