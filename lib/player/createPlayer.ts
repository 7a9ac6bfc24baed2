import * as Tone from 'tone';
import type { MixState } from '../mix/types';
import { MixGraph } from './mixGraph';
import type { Placement } from './scheduleLane';
import type { StemInput } from './stemAudio';

/** A loop range in song seconds (endSec > startSec). */
export interface LoopRange {
  startSec: number;
  endSec: number;
}

/** Sample peaks in dBFS (-Infinity when silent): the master per channel, each track the higher of its two. */
export interface MeterLevels {
  master: [left: number, right: number];
  tracks: Map<string, number>;
}

export interface PlayerOptions {
  mix: MixState;
  /** Stems by stem id, at the context's sample rate: decoded whole, or arriving in segments. */
  buffers: ReadonlyMap<string, StemInput>;
  /** The Tone context to build on (default: Tone's global realtime context). */
  context?: Tone.BaseContext;
}

/** The browser mix player: one graph, a transport, meters. */
export interface Player {
  play(): Promise<void>;
  pause(): void;
  seek(songSec: number): void;
  setLoop(range: LoopRange | null): void;
  /** Song position in seconds (follows the loop). */
  currentTime(): number;
  readonly playing: boolean;
  readonly durationSec: number;
  /**
   * Song seconds from 0 that every stem has decoded (= durationSec once all are in). Playing past
   * it leaves gaps, so the transport waits there.
   */
  bufferedSec(): number;
  /** Applies a new mix state without restarting playback. */
  update(mix: MixState): void;
  meters(): MeterLevels;
  dispose(): void;
}

const SILENT_PAIR: [number, number] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** Delay between a transport command and its sound, so the first quantum is scheduled in time. */
const START_LEAD_SEC = 0.05;
/** How early (wall clock) the next loop pass is scheduled before the loop end. */
const LOOP_SCHEDULE_AHEAD_SEC = 0.25;

/** Builds the Tone.js graph for `mix` and returns its transport; nothing sounds until `play()`. */
export function createPlayer(options: PlayerOptions): Player {
  const context = options.context ?? Tone.getContext();
  let mix = options.mix;
  const graph = new MixGraph(context, mix, options.buffers, { meters: true });
  const stems = [...graph.stems.values()];
  const durationSec = Math.max(0, ...stems.map((s) => s.durationSec));
  // Starts and loop points land on whole frames, so consecutive segments of a stem join exactly.
  const sampleRate = context.sampleRate;
  const toFrame = (sec: number) => Math.round(sec * sampleRate) / sampleRate;
  let placement: Placement | null = null;
  let pausedAt = 0;
  let loop: LoopRange | null = null;
  let loopTimer: number | null = null;

  const clearLoopTimer = () => {
    if (loopTimer !== null) context.clearTimeout(loopTimer);
    loopTimer = null;
  };

  const positionAt = (ctxTime: number): number => {
    if (placement === null) return pausedAt;
    let sec = placement.songSec + (ctxTime - placement.ctxTime);
    if (loop !== null && placement.songSec < loop.endSec && sec >= loop.endSec) {
      sec = loop.startSec + ((sec - loop.endSec) % (loop.endSec - loop.startSec));
    }
    return Math.max(0, sec);
  };

  // Schedules each jump back to the loop start at the exact context time the loop end is reached,
  // a little ahead on the wall clock. `placement` stays the original start: positionAt folds time.
  const armLoop = () => {
    clearLoopTimer();
    if (placement === null || loop === null || placement.songSec >= loop.endSec) return;
    const { startSec, endSec } = loop;
    const schedule = (endCtx: number) => {
      const wait = Math.max(0, endCtx - context.currentTime - LOOP_SCHEDULE_AHEAD_SEC);
      loopTimer = context.setTimeout(() => {
        loopTimer = null;
        if (placement === null) return;
        graph.start({ songSec: startSec, ctxTime: endCtx });
        schedule(endCtx + (endSec - startSec));
      }, wait);
    };
    schedule(placement.ctxTime + (endSec - placement.songSec));
  };

  const startAt = (songSec: number) => {
    placement = {
      songSec: toFrame(songSec),
      ctxTime: Math.ceil((context.currentTime + START_LEAD_SEC) * sampleRate) / sampleRate,
    };
    graph.start(placement);
    armLoop();
  };

  const halt = () => {
    clearLoopTimer();
    pausedAt = positionAt(context.currentTime);
    placement = null;
    graph.stop(context.currentTime);
  };

  return {
    async play() {
      if (placement !== null) return;
      await context.resume();
      startAt(pausedAt);
    },
    pause() {
      if (placement !== null) halt();
    },
    seek(songSec) {
      const target = Math.min(Math.max(0, songSec), durationSec);
      if (placement === null) {
        pausedAt = target;
        return;
      }
      halt();
      startAt(target);
    },
    setLoop(range) {
      if (range !== null && !(range.endSec > range.startSec && range.startSec >= 0)) {
        throw new RangeError(`loop range must have 0 <= startSec < endSec, got ${JSON.stringify(range)}`);
      }
      if (placement !== null) {
        // Re-base on the current position so the fold in positionAt uses the new range.
        const now = Math.max(context.currentTime, placement.ctxTime);
        placement = { songSec: positionAt(now), ctxTime: now };
      }
      if (range === null) loop = null;
      else {
        const startSec = toFrame(range.startSec);
        loop = { startSec, endSec: Math.max(toFrame(range.endSec), startSec + 1 / sampleRate) };
      }
      armLoop();
    },
    currentTime: () => positionAt(context.currentTime),
    get playing() {
      return placement !== null;
    },
    durationSec,
    bufferedSec: () =>
      Math.min(durationSec, ...stems.map((s) => (s.complete ? durationSec : s.loadedFrames / s.sampleRate))),
    update(next) {
      mix = next;
      graph.update(mix);
    },
    meters() {
      const master = graph.masterMeter?.readChannelsDb() ?? SILENT_PAIR;
      const tracks = new Map<string, number>();
      for (const t of mix.tracks) {
        const m = graph.trackMeter(t.id);
        if (m !== null) tracks.set(t.id, m.readDb());
      }
      return {
        master,
        tracks,
      };
    },
    dispose() {
      if (placement !== null) halt();
      graph.dispose();
    },
  };
}
