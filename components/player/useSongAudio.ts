'use client';
import { useEffect, useRef, useState } from 'react';
import { loadFraction, type StemBytes } from './loadProgress';
import { loadSongAudio, type SongAudio } from './loadSongAudio';
import type { SongStem } from './songStem';

/** Where loading the song's audio stands. */
export type SongAudioState =
  | { state: 'loading'; fraction: number; receivedBytes: number; totalBytes: number; decoding: boolean }
  | { state: 'ready'; audio: SongAudio }
  | { state: 'error'; message: string };

// Progress renders at most this often: a fast network delivers hundreds of chunks per second.
const PROGRESS_INTERVAL_MS = 100;

/** Downloads (or reads from the cache) and decodes the stems once per page; disposes the context on unmount. */
export function useSongAudio(stems: readonly SongStem[]): SongAudioState {
  const [state, setState] = useState<SongAudioState>({
    state: 'loading',
    fraction: 0,
    receivedBytes: 0,
    totalBytes: 0,
    decoding: false,
  });
  // The stem list is fixed for the life of the page; key the effect on ids only.
  const key = stems.map((s) => s.id).join(',');
  const stemsRef = useRef(stems);
  stemsRef.current = stems;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload only when the set of stem ids changes.
  useEffect(() => {
    const abort = new AbortController();
    let disposed = false;
    let audio: SongAudio | null = null;
    let lastPaintMs = 0;
    const onProgress = (bytes: ReadonlyMap<string, StemBytes>) => {
      const now = performance.now();
      const fraction = loadFraction(bytes.values());
      if (fraction < 1 && now - lastPaintMs < PROGRESS_INTERVAL_MS) return;
      lastPaintMs = now;
      let receivedBytes = 0;
      let totalBytes = 0;
      for (const b of bytes.values()) {
        receivedBytes += b.receivedBytes;
        totalBytes += b.totalBytes;
      }
      if (!disposed) {
        setState({ state: 'loading', fraction, receivedBytes, totalBytes, decoding: fraction >= 1 });
      }
    };
    loadSongAudio(stemsRef.current, onProgress, abort.signal).then(
      (loaded) => {
        if (disposed) {
          loaded.context.dispose();
          return;
        }
        audio = loaded;
        setState({ state: 'ready', audio: loaded });
      },
      (error: unknown) => {
        if (disposed) return;
        setState({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      disposed = true;
      abort.abort();
      // After the player and the meter tap (cleaned up in the same commit) have let go of it.
      const loaded = audio;
      if (loaded !== null) setTimeout(() => loaded.context.dispose(), 0);
    };
  }, [key]);

  return state;
}
