'use client';
import type * as Tone from 'tone';
import { WavSegmenter } from '@/lib/audio/wav-segmenter';
import { StemAudio } from '@/lib/player/stemAudio';
import {
  DownloadSlots,
  openStemCache,
  openStemStream,
  type StemCache,
  type StemSource,
} from '@/lib/stem-cache';
import type { StemBytes } from './loadProgress';
import type { SongStem } from './songStem';

/** Decoded stems on the context they will play on; the rest of each stem may still be arriving. */
export interface SongAudio {
  context: Tone.Context;
  /** Every stem, playable from its start: whole, or the first seconds with the rest joining in. */
  stems: Map<string, StemAudio>;
  /** How many stems came from the browser cache vs the network. */
  sources: Record<StemSource, number>;
  /** Milliseconds from the start of loading until every stem could start playing. */
  loadMs: number;
  /**
   * Where the time went, ms from the start of loading (itself `startedAtMs` after navigation start):
   * Tone loaded, cache opened, every stem's stream open, first bytes of every stem, all playable.
   */
  timings: {
    startedAtMs: number;
    setupMs: number;
    cacheOpenMs: number;
    streamsOpenMs: number;
    firstBytesMs: number;
    playableMs: number;
  };
  /** Whether the browser keeps stems between visits (Cache API available). */
  persistent: boolean;
  /** Resolves with ms from the start once every stem is decoded whole; rejects if the rest fails. */
  complete: Promise<number>;
  /** Resolves with how many stems this browser holds for the next visit, once downloads are written. */
  stored: Promise<number>;
  /**
   * Loads the rest of every stem. Until called, only the first seconds are read (call it once the
   * player is built); calling it again does nothing.
   */
  loadRest(): void;
}

/**
 * Seconds in each segment a WAV stem is cut into while it arrives: a short first one so playback
 * can start at once, then longer ones (fewer decodes and sources). From the cache the rest arrives
 * in a moment, so later segments are 20 s; over the network they are 8 s, so what can play keeps
 * close behind what has arrived (the song plays only as far as its least loaded stem).
 */
const SEGMENT_PLAN: Record<StemSource, { first: number[]; later: number }> = {
  cache: { first: [2, 6], later: 20 },
  network: { first: [2, 4], later: 8 },
};
const segmentFramesFor =
  (source: StemSource) =>
  (index: number, sampleRate: number): number =>
    Math.round((SEGMENT_PLAN[source].first[index] ?? SEGMENT_PLAN[source].later) * sampleRate);

/**
 * Pieces of the stems downloaded at once. Browsers open about six connections per host over HTTP/1.1;
 * the song's event stream holds one, and the page's other requests (waveforms, notes) need some too.
 */
const DOWNLOAD_SLOTS = 3;

/** One stem loading: playable once its first segment is decoded, complete once all of it is. */
interface StemLoad {
  source: StemSource;
  stored: Promise<boolean>;
  playable: Promise<StemAudio>;
  complete: Promise<void>;
}

/**
 * Streams one stem (cache or network) and decodes it as it arrives. A WAV at the context's rate is
 * cut into small WAV files of whole frames (`WavSegmenter`), each decoded with `decodeAudioData` and
 * appended to the stem as soon as it is in, so the first two seconds play before the rest has been
 * read. Anything else (FLAC, MP3, another rate) is decoded whole once all its bytes are in.
 */
async function loadStem(
  stem: SongStem,
  cache: StemCache,
  contextReady: Promise<Tone.Context>,
  sampleRate: number,
  onBytes: (received: number, total: number) => void,
  slots: DownloadSlots,
  restGate: Promise<void>,
  signal: AbortSignal,
): Promise<StemLoad> {
  const stream = await openStemStream(stem, cache, slots, signal);
  const segmenter = new WavSegmenter(stream.totalBytes, segmentFramesFor(stream.source), (format) =>
    format.sampleRate === sampleRate
      ? null
      : `it runs at ${format.sampleRate} Hz, the song at ${sampleRate} Hz`,
  );
  let audio: StemAudio | null = null;
  let markPlayable: (audio: StemAudio) => void = () => {};
  const playable = new Promise<StemAudio>((resolve) => {
    markPlayable = resolve;
  });
  // Segments decode one after another (a stem grows in order) while more bytes are read.
  let decoded: Promise<void> = Promise.resolve();
  const decodeInOrder = (wav: Uint8Array<ArrayBuffer>, frames: number) => {
    decoded = decoded.then(async () => {
      const buffer = await (await contextReady).decodeAudioData(wav.buffer);
      if (buffer.length !== frames) {
        throw new Error(
          `the browser decoded ${buffer.length} frames of a ${frames}-frame piece of "${stem.name}"`,
        );
      }
      if (audio === null) {
        const format = segmenter.state.kind === 'wav' ? segmenter.state : null;
        audio = new StemAudio(
          sampleRate,
          format?.frames ?? frames,
          format?.format.channels ?? buffer.numberOfChannels,
        );
        audio.add(buffer);
        markPlayable(audio);
      } else audio.add(buffer);
    });
  };

  let restOpen = false;
  const complete = (async () => {
    const raw: Uint8Array[] = [];
    let received = 0;
    const reader = stream.body.getReader();
    try {
      for (;;) {
        if (signal.aborted) throw new DOMException('The page stopped loading the stems.', 'AbortError');
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        onBytes(received, Math.max(stream.totalBytes, received));
        if (segmenter.state.kind !== 'wav') raw.push(value);
        const segments = await segmenter.push(value);
        for (const seg of segments) decodeInOrder(seg.wav, seg.frames);
        if (segmenter.state.kind === 'wav') raw.length = 0;
        // The first seconds are queued: the rest waits until every stem's are in and the player is
        // built, so reading and decoding it does not hold up the start.
        if (segments.length > 0 && !restOpen) {
          restOpen = true;
          await restGate;
        }
      }
    } catch (error) {
      await reader.cancel().catch(() => {});
      throw error;
    } finally {
      reader.releaseLock();
    }
    for (const s of await segmenter.end()) decodeInOrder(s.wav, s.frames);
    if (segmenter.state.kind !== 'wav') {
      const bytes = new Uint8Array(received);
      let at = 0;
      for (const chunk of raw) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      raw.length = 0;
      const buffer = await (await contextReady).decodeAudioData(bytes.buffer);
      audio = StemAudio.whole(buffer);
      markPlayable(audio);
    }
    await decoded;
    if (audio === null) throw new Error(`"${stem.name}" holds no audio`);
  })();
  // Watched through `complete` and `playable`; a failure before the first segment fails both.
  complete.catch(() => {});
  return {
    source: stream.source,
    stored: stream.stored,
    playable: Promise.race([playable, complete.then(() => playable)]),
    complete,
  };
}

/**
 * Loads every stem (cache first, else streamed from the server and cached while it arrives) and
 * decodes it on a Tone context running at the song's sample rate, so playback and the bounce run at
 * the stems' own rate. Resolves as soon as every stem can start playing; `complete` follows.
 */
export async function loadSongAudio(
  stems: readonly SongStem[],
  onProgress: (bytes: ReadonlyMap<string, StemBytes>) => void,
  signal: AbortSignal,
): Promise<SongAudio> {
  const startedMs = performance.now();
  const sampleRate = stems[0]?.sampleRate ?? 48_000;
  let setupMs = 0;
  // Tone loads while the bytes are read. A context per song page: it starts suspended and is
  // resumed by the first play.
  const contextReady = import('tone').then((Tone) => {
    const created = new Tone.Context({ sampleRate, latencyHint: 'interactive' });
    setupMs = performance.now() - startedMs;
    return created;
  });
  let startRest: () => void = () => {};
  const restGate = new Promise<void>((resolve) => {
    startRest = resolve;
  });
  // Stops every stem's stream when the page lets go, or when one stem fails (the rest are no use).
  const stopAll = new AbortController();
  signal.addEventListener('abort', () => stopAll.abort(), { once: true });
  // A stem waiting for the rest must wake up to see it has been stopped (and let go of its stream).
  stopAll.signal.addEventListener('abort', () => startRest(), { once: true });
  // Ask for the player chunk before the stems: over HTTP/1.1 the stem downloads take every
  // connection to the host, and building the player would wait for one of them to finish.
  void import('@/lib/player').catch(() => {});
  const cache = await openStemCache();
  const slots = new DownloadSlots(DOWNLOAD_SLOTS);
  const cacheOpenMs = performance.now() - startedMs;
  let streamsOpenMs = 0;
  let firstBytesMs = 0;
  const bytes = new Map<string, StemBytes>(
    stems.map((s) => [s.id, { receivedBytes: 0, totalBytes: s.sizeBytes }]),
  );
  onProgress(bytes);
  const sources: Record<StemSource, number> = { cache: 0, network: 0 };
  const loads: StemLoad[] = [];
  let audio: Map<string, StemAudio>;
  let context: Tone.Context;
  try {
    const playable = await Promise.all(
      stems.map(async (stem) => {
        const load = await loadStem(
          stem,
          cache,
          contextReady,
          sampleRate,
          (receivedBytes, totalBytes) => {
            if (bytes.get(stem.id)?.receivedBytes === 0) {
              firstBytesMs = Math.max(firstBytesMs, performance.now() - startedMs);
            }
            bytes.set(stem.id, { receivedBytes, totalBytes });
            onProgress(bytes);
          },
          slots,
          restGate,
          stopAll.signal,
        );
        loads.push(load);
        streamsOpenMs = Math.max(streamsOpenMs, performance.now() - startedMs);
        sources[load.source] += 1;
        return [stem.id, await load.playable] as const;
      }),
    );
    audio = new Map(playable);
    context = await contextReady;
  } catch (error) {
    stopAll.abort();
    void contextReady.then((c) => c.dispose()).catch(() => {});
    throw error;
  }
  const loadMs = performance.now() - startedMs;
  const complete = Promise.all(loads.map((l) => l.complete)).then(() => performance.now() - startedMs);
  complete.catch(() => {});
  const stored = Promise.all(loads.map((l) => l.stored.catch(() => false))).then(
    (each) => each.filter(Boolean).length,
  );
  return {
    context,
    stored,
    loadRest: startRest,
    stems: audio,
    sources,
    loadMs,
    timings: {
      startedAtMs: startedMs,
      setupMs,
      cacheOpenMs,
      streamsOpenMs,
      firstBytesMs,
      playableMs: loadMs,
    },
    persistent: cache.persistent,
    complete,
  };
}
