'use client';
import type * as Tone from 'tone';
import { loadStemBytes, openStemCache, type StemSource } from '@/lib/stem-cache';
import type { StemBytes } from './loadProgress';
import type { SongStem } from './songStem';

/** Decoded stems on the context they will play on. */
export interface SongAudio {
  context: Tone.Context;
  buffers: Map<string, AudioBuffer>;
  /** How many stems came from the browser cache vs the network. */
  sources: Record<StemSource, number>;
  /** Milliseconds from the start of loading until every stem was decoded. */
  loadMs: number;
  /** Where the load time went, ms from the start: Tone loaded, last stem's bytes in, all decoded. */
  timings: { setupMs: number; bytesMs: number; decodedMs: number };
  /** Whether the browser keeps stems between visits (Cache API available). */
  persistent: boolean;
}

/**
 * Loads every stem (cache first, else streamed from the server and cached), and decodes it with
 * `decodeAudioData` on a Tone context running at the song's sample rate, so playback and the
 * bounce run at the stems' own rate with no resampling. `onProgress` receives per-stem bytes.
 */
export async function loadSongAudio(
  stems: readonly SongStem[],
  onProgress: (bytes: ReadonlyMap<string, StemBytes>) => void,
  signal: AbortSignal,
): Promise<SongAudio> {
  const startedMs = performance.now();
  const sampleRate = stems[0]?.sampleRate ?? 48_000;
  let setupMs = 0;
  // Tone loads while the bytes are read: on a cached visit the two take about as long as each other.
  // A context per song page: the AudioContext starts suspended and is resumed by the first play.
  const contextReady = import('tone').then((Tone) => {
    const created = new Tone.Context({ sampleRate, latencyHint: 'interactive' });
    setupMs = performance.now() - startedMs;
    return created;
  });
  // Warm the player chunk too, so building the graph does not wait for another download afterwards.
  void import('@/lib/player').catch(() => {});
  const cache = await openStemCache();
  let bytesMs = 0;
  const bytes = new Map<string, StemBytes>(
    stems.map((s) => [s.id, { receivedBytes: 0, totalBytes: s.sizeBytes }]),
  );
  onProgress(bytes);
  const sources: Record<StemSource, number> = { cache: 0, network: 0 };
  const buffers = new Map<string, AudioBuffer>();
  let context: Tone.Context;
  try {
    await Promise.all(
      stems.map(async (stem) => {
        const loaded = await loadStemBytes(
          stem,
          cache,
          (receivedBytes, totalBytes) => {
            bytes.set(stem.id, { receivedBytes, totalBytes });
            onProgress(bytes);
          },
          signal,
        );
        sources[loaded.source] += 1;
        bytesMs = Math.max(bytesMs, performance.now() - startedMs);
        buffers.set(stem.id, await (await contextReady).decodeAudioData(loaded.bytes));
      }),
    );
    context = await contextReady;
  } catch (error) {
    void contextReady.then((c) => c.dispose()).catch(() => {});
    throw error;
  }
  const loadMs = performance.now() - startedMs;
  return {
    context,
    buffers,
    sources,
    loadMs,
    timings: { setupMs, bytesMs, decodedMs: loadMs },
    persistent: cache.persistent,
  };
}
