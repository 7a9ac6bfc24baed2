// Browser entry of the player behaviour tests (bundled by esbuild, loaded into headless Chromium).
import * as Tone from 'tone';
import type { MixState } from '../../../lib/mix/types';
import { createPlayer } from '../../../lib/player/createPlayer';
import { MixGraph } from '../../../lib/player/mixGraph';
import { StemAudio } from '../../../lib/player/stemAudio';

const constantBuffer = (value: number, seconds: number, sampleRate: number): AudioBuffer => {
  const b = new AudioBuffer({ length: Math.round(seconds * sampleRate), numberOfChannels: 1, sampleRate });
  b.getChannelData(0).fill(value);
  return b;
};

/** One track 't' playing stem 'a' at 0 dB with the given pan, straight to the master. */
const oneTrackMix = (pan: number): MixState => ({
  schemaVersion: 1,
  tracks: [
    {
      id: 't',
      name: 't',
      stemId: 'a',
      order: 0,
      color: '#fff',
      gainDb: 0,
      pan,
      mute: false,
      solo: false,
      eq: [],
      automation: {},
    },
  ],
  master: { gainDb: 0, eq: [] },
  markers: [],
});

/** A 50 Hz cosine at amplitude 0.5 (steps of at most 0.0033 between samples). */
const cosineBuffer = (seconds: number, sampleRate: number): AudioBuffer => {
  const b = new AudioBuffer({ length: Math.round(seconds * sampleRate), numberOfChannels: 1, sampleRate });
  const d = b.getChannelData(0);
  for (let i = 0; i < d.length; i++) d[i] = 0.5 * Math.cos((2 * Math.PI * 50 * i) / sampleRate);
  return b;
};

/**
 * Renders 1 s offline, applying `after` with MixGraph.update at `atSec` (the context suspends there).
 * The stem is a constant 0.5, or a 50 Hz cosine.
 */
async function updateProbe(
  before: MixState,
  after: MixState,
  atSec: number,
  signal: 'constant' | 'cosine' = 'constant',
): Promise<number[]> {
  const sampleRate = 48_000;
  const buffers = new Map([
    ['a', signal === 'constant' ? constantBuffer(0.5, 1, sampleRate) : cosineBuffer(1, sampleRate)],
  ]);
  const rendered = await Tone.Offline(
    (context) => {
      const graph = new MixGraph(context, before, buffers, { meters: false });
      graph.start({ songSec: 0, ctxTime: 0 });
      // Tone's offline clock runs its timeouts on simulated time before rendering, as playback would.
      context.setTimeout(() => graph.update(after), atSec);
    },
    1,
    2,
    sampleRate,
  );
  return Array.from(rendered.getChannelData(0));
}

/**
 * Like updateProbe, but the update happens while the render runs (the native offline context is
 * suspended at `atSec`, updated, resumed), as a live change does: nodes disconnected by the update
 * stop sounding only from there. Left channel of a 50 Hz cosine stem.
 */
async function liveUpdateProbe(before: MixState, after: MixState, atSec: number): Promise<number[]> {
  const sampleRate = 48_000;
  const raw = new OfflineAudioContext(2, sampleRate, sampleRate);
  // A plain Tone.Context on the native offline context: its currentTime is the render position (an
  // OfflineContext's is a clock simulated before rendering), as a realtime context's would be.
  const context = new Tone.Context(raw);
  const previous = Tone.getContext();
  Tone.setContext(context);
  try {
    const graph = new MixGraph(context, before, new Map([['a', cosineBuffer(1, sampleRate)]]), {
      meters: false,
    });
    graph.start({ songSec: 0, ctxTime: 0 });
    void raw.suspend(atSec).then(() => {
      graph.update(after);
      void raw.resume();
    });
    const rendering = raw.startRendering();
    Tone.setContext(previous);
    return Array.from((await rendering).getChannelData(0));
  } finally {
    Tone.setContext(previous);
  }
}

/** Drives a realtime player: play, wait, read the clock, pause, seek, loop. Returns the positions seen. */
async function transportProbe(): Promise<Record<string, number | boolean>> {
  const ctx = Tone.getContext();
  const buffers = new Map([['a', constantBuffer(0.1, 4, ctx.sampleRate)]]);
  const mix = oneTrackMix(0);
  const player = createPlayer({ mix, buffers, context: ctx });
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const out: Record<string, number | boolean> = { duration: player.durationSec };
  await player.play();
  out.playing = player.playing;
  await wait(400);
  out.afterPlay = player.currentTime();
  const meters = player.meters();
  out.trackMeterDb = meters.tracks.get('t') ?? Number.NaN;
  player.pause();
  out.paused = player.currentTime();
  await wait(200);
  out.stillPaused = player.currentTime();
  player.seek(2);
  out.seeked = player.currentTime();
  player.setLoop({ startSec: 2, endSec: 2.3 });
  await player.play();
  await wait(800);
  out.looped = player.currentTime();
  player.dispose();
  return out;
}

/**
 * Renders 1 s of a ramp stem (sample i = i / 48000) that arrives in three segments while playing:
 * [0, 0.3 s) at the start, [0.3, 0.6 s) at `secondAtSec`, [0.6, 1 s) at `thirdAtSec` (simulated
 * context time, as the loader adds them). Returns the left channel.
 */
async function arrivalProbe(secondAtSec: number, thirdAtSec: number): Promise<number[]> {
  const sampleRate = 48_000;
  const piece = (from: number, to: number) => {
    const b = new AudioBuffer({ length: to - from, numberOfChannels: 1, sampleRate });
    const d = b.getChannelData(0);
    for (let i = 0; i < d.length; i++) d[i] = (from + i) / sampleRate;
    return b;
  };
  const stem = new StemAudio(sampleRate, sampleRate, 1);
  stem.add(piece(0, 14_400));
  const mix = oneTrackMix(-1);
  const rendered = await Tone.Offline(
    (context) => {
      const graph = new MixGraph(context, mix, new Map([['a', stem]]), { meters: false });
      graph.start({ songSec: 0, ctxTime: 0 });
      context.setTimeout(() => stem.add(piece(14_400, 28_800)), secondAtSec);
      context.setTimeout(() => stem.add(piece(28_800, 48_000)), thirdAtSec);
    },
    1,
    2,
    sampleRate,
  );
  return Array.from(rendered.getChannelData(0));
}

Object.assign(globalThis, { updateProbe, liveUpdateProbe, transportProbe, arrivalProbe });
