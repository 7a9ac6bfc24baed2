'use client';
import { useEffect, useState } from 'react';
import { subscribeSongEvents } from '@/components/song/songEventSource';

/**
 * The song's stem list kept current from its event stream: refetched (`GET /api/v1/songs/:id/stems`)
 * when the stream (re)opens and whenever a `stem.changed` event says a stem was added or its
 * analysis moved on. Events that arrive during a fetch cause one more fetch after it, never a pile.
 */
export function useLiveStems<T>(songId: string, initial: readonly T[]): readonly T[] {
  const [stems, setStems] = useState(initial);
  useEffect(() => setStems(initial), [initial]);
  useEffect(() => {
    let live = true;
    let inFlight = false;
    let again = false;
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
          if (live && response?.ok) setStems(((await response.json()) as { stems: T[] }).stems);
        } while (again && live);
      } finally {
        inFlight = false;
      }
    };
    const subscription = subscribeSongEvents(songId, {
      ready: () => void refetch(),
      'stem.changed': () => void refetch(),
    });
    return () => {
      live = false;
      subscription.close();
    };
  }, [songId]);
  return stems;
}
