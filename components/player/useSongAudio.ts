'use client';
import { useEffect, useRef, useState } from 'react';
import { loadFraction, type StemBytes } from './loadProgress';
import { loadSongAudio, type SongAudio } from './loadSongAudio';
import type { SongStem } from './songStem';

/** Bytes received across all stems. */
export interface LoadedBytes {
  fraction: number;
  receivedBytes: number;
  totalBytes: number;
}

/** The part of the stems still arriving once the song can play. */
export type RestState =
  | ({ state: 'loading' } & LoadedBytes)
  | { state: 'complete'; completeMs: number }
  | { state: 'failed'; message: string };

/** Where loading the song's audio stands. */
export type SongAudioState =
  | ({ state: 'loading'; decoding: boolean } & LoadedBytes)
  | { state: 'ready'; audio: SongAudio; rest: RestState }
  | { state: 'error'; message: string };

// Progress renders at most this often: a fast network delivers hundreds of chunks per second.
const PROGRESS_INTERVAL_MS = 100;

/** Load the rest of the stems after this long even if no player was built (no mix yet). */
const REST_FALLBACK_MS = 3000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Downloads (or reads from the cache) and decodes the stems once per page. The state turns ready as
 * soon as every stem can start playing; `rest` then follows the remainder. Disposes the context on
 * unmount.
 */
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
      if (disposed) return;
      const loaded = { fraction, receivedBytes, totalBytes };
      setState((previous) => {
        if (previous.state === 'loading') return { state: 'loading', decoding: fraction >= 1, ...loaded };
        if (previous.state === 'ready' && previous.rest.state === 'loading') {
          return { ...previous, rest: { state: 'loading', ...loaded } };
        }
        return previous;
      });
    };
    loadSongAudio(stemsRef.current, onProgress, abort.signal).then(
      (loaded) => {
        if (disposed) {
          loaded.context.dispose();
          return;
        }
        audio = loaded;
        // The player starts the rest once it is built; without a mix to build it on, start it anyway.
        setTimeout(() => {
          if (!disposed) loaded.loadRest();
        }, REST_FALLBACK_MS);
        setState((previous) => ({
          state: 'ready',
          audio: loaded,
          rest: {
            state: 'loading',
            fraction: previous.state === 'loading' ? previous.fraction : 0,
            receivedBytes: previous.state === 'loading' ? previous.receivedBytes : 0,
            totalBytes: previous.state === 'loading' ? previous.totalBytes : 0,
          },
        }));
        loaded.complete.then(
          (completeMs) => {
            if (!disposed)
              setState({ state: 'ready', audio: loaded, rest: { state: 'complete', completeMs } });
          },
          (error: unknown) => {
            if (!disposed) {
              setState({
                state: 'ready',
                audio: loaded,
                rest: { state: 'failed', message: messageOf(error) },
              });
            }
          },
        );
      },
      (error: unknown) => {
        if (!disposed) setState({ state: 'error', message: messageOf(error) });
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
