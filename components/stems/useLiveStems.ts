'use client';
import { useEffect, useState } from 'react';
import { subscribeSongEvents } from '@/components/song/songEventSource';

/** One song's stem list as the page follows it, shared by every part of the page that shows stems. */
interface StemFeed {
  listeners: Set<(stems: unknown[]) => void>;
  close(): void;
}

const feeds = new Map<string, StemFeed>();

/**
 * Starts following a song's stem list: refetched (`GET /api/v1/songs/:id/stems`) when the event stream
 * (re)opens and whenever a `stem.changed` event says a stem was added or its analysis moved on.
 * Events during a fetch cause one more fetch after it, never a pile; one fetch serves every listener.
 */
function openFeed(songId: string): StemFeed {
  const listeners = new Set<(stems: unknown[]) => void>();
  let inFlight = false;
  let again = false;
  let closed = false;
  const refetch = async () => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      do {
        again = false;
        const response = await fetch(`/api/v1/songs/${encodeURIComponent(songId)}/stems`).catch(() => null);
        if (closed || !response?.ok) continue;
        const { stems } = (await response.json()) as { stems: unknown[] };
        for (const listener of listeners) listener(stems);
      } while (again && !closed);
    } finally {
      inFlight = false;
    }
  };
  const subscription = subscribeSongEvents(songId, {
    ready: () => void refetch(),
    'stem.changed': () => void refetch(),
  });
  return {
    listeners,
    close() {
      closed = true;
      subscription.close();
    },
  };
}

/** The song's stem list kept current from its event stream (see `openFeed`), starting from `initial`. */
export function useLiveStems<T>(songId: string, initial: readonly T[]): readonly T[] {
  const [stems, setStems] = useState(initial);
  useEffect(() => setStems(initial), [initial]);
  useEffect(() => {
    let feed = feeds.get(songId);
    if (feed === undefined) {
      feed = openFeed(songId);
      feeds.set(songId, feed);
    }
    const listener = (next: unknown[]) => setStems(next as T[]);
    feed.listeners.add(listener);
    return () => {
      const current = feeds.get(songId);
      if (current === undefined) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        current.close();
        feeds.delete(songId);
      }
    };
  }, [songId]);
  return stems;
}
