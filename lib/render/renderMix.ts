import type { MixState, TrackState } from '../mix/types';
import { activeBands, EqBandProcessor, RENDER_QUANTUM_FRAMES } from './eqBandProcessor';
import { err, ok, type Result } from './result';
import { StemReader } from './stemReader';
import type { StemSource } from './stemSource';
import { gainOf, TrackProcessor } from './trackProcessor';

export interface RenderMixOptions {
  mix: MixState;
  stems: ReadonlyMap<string, StemSource>;
  /** Output rate; every stem must already be at this rate. */
  sampleRate: number;
  /** Song time of the first output frame (default 0). */
  startSec?: number;
  /** Length of the output (default: from startSec to the end of the longest stem). */
  durationSec?: number;
  /** Frames per yielded block, a multiple of 128 (default 4096). */
  blockFrames?: number;
}

export type RenderErrorCode =
  | 'missing-stem'
  | 'sample-rate-mismatch'
  | 'unsupported-channels'
  | 'bad-options';

export interface RenderError {
  code: RenderErrorCode;
  message: string;
}

/** A prepared render: its length is known up front, blocks are produced on demand. */
export interface MixRender {
  sampleRate: number;
  totalFrames: number;
  /** Stereo blocks [left, right]; the arrays are reused, copy them if you keep them. */
  blocks(): Generator<[Float32Array, Float32Array], void, undefined>;
}

/** Tracks that are heard: a mute always silences; if any track is soloed only soloed tracks play. */
export const audibleTracks = (tracks: readonly TrackState[]): TrackState[] => {
  const anySolo = tracks.some((t) => t.solo);
  return tracks.filter((t) => !t.mute && (!anySolo || t.solo));
};

/**
 * Renders a mix through the Web Audio graph (EQ → StereoPanner → gain → mute/solo → master bus →
 * master EQ → master gain) in streaming blocks; memory does not grow with the song's length.
 */
export function renderMix(options: RenderMixOptions): Result<MixRender, RenderError> {
  const { mix, stems, sampleRate } = options;
  const blockFrames = options.blockFrames ?? 4096;
  const startSec = options.startSec ?? 0;
  if (
    !(sampleRate > 0) ||
    blockFrames <= 0 ||
    blockFrames % RENDER_QUANTUM_FRAMES !== 0 ||
    !(startSec >= 0)
  ) {
    return err({
      code: 'bad-options',
      message: `bad render options: sampleRate ${sampleRate}, blockFrames ${blockFrames} (multiple of 128), startSec ${startSec}`,
    });
  }
  for (const track of mix.tracks) {
    const stem = stems.get(track.stemId);
    if (stem === undefined) {
      return err({
        code: 'missing-stem',
        message: `track "${track.name}" uses stem "${track.stemId}", which was not provided`,
      });
    }
    if (stem.sampleRate !== sampleRate) {
      return err({
        code: 'sample-rate-mismatch',
        message: `stem "${track.stemId}" is at ${stem.sampleRate} Hz but the render is at ${sampleRate} Hz; resample stems to one rate first`,
      });
    }
    if (stem.channels !== 1 && stem.channels !== 2) {
      return err({
        code: 'unsupported-channels',
        message: `stem "${track.stemId}" has ${stem.channels} channels; only mono and stereo stems are supported`,
      });
    }
  }
  const startFrame = Math.round(startSec * sampleRate);
  const longest = Math.max(0, ...mix.tracks.map((t) => stems.get(t.stemId)!.frames));
  const totalFrames =
    options.durationSec !== undefined
      ? Math.round(options.durationSec * sampleRate)
      : Math.max(0, longest - startFrame);
  if (!(totalFrames >= 0)) {
    return err({ code: 'bad-options', message: `bad durationSec ${options.durationSec}` });
  }

  function* blocks(): Generator<[Float32Array, Float32Array], void, undefined> {
    const audible = audibleTracks(mix.tracks);
    const readers = new Map<string, StemReader>();
    for (const track of audible) {
      if (!readers.has(track.stemId))
        readers.set(track.stemId, new StemReader(stems.get(track.stemId)!, blockFrames));
    }
    for (const reader of readers.values()) reader.skip(startFrame, blockFrames);
    const tracks = audible.map((t) => ({
      reader: readers.get(t.stemId)!,
      processor: new TrackProcessor(t, stems.get(t.stemId)!.channels, sampleRate),
    }));
    const masterBands = activeBands(mix.master.eq).map((b) => new EqBandProcessor(b, 2, sampleRate, {}));
    const masterGain = Math.fround(gainOf(mix.master.gainDb));
    const busL = new Float64Array(blockFrames);
    const busR = new Float64Array(blockFrames);
    const bus = [busL, busR];
    const outL = new Float32Array(blockFrames);
    const outR = new Float32Array(blockFrames);
    for (let done = 0; done < totalFrames; ) {
      const n = Math.min(blockFrames, totalFrames - done);
      for (const reader of readers.values()) reader.next(n);
      busL.fill(0);
      busR.fill(0);
      for (let q = 0; q < n; q += RENDER_QUANTUM_FRAMES) {
        const m = Math.min(RENDER_QUANTUM_FRAMES, n - q);
        const frame = startFrame + done + q;
        for (const { reader, processor } of tracks)
          processor.process(reader.channels, q, m, frame, busL, busR);
        for (const band of masterBands) band.process(bus, q, m, frame);
      }
      for (let i = 0; i < n; i++) {
        outL[i] = busL[i]! * masterGain;
        outR[i] = busR[i]! * masterGain;
      }
      done += n;
      yield n === blockFrames ? [outL, outR] : [outL.subarray(0, n), outR.subarray(0, n)];
    }
  }

  return ok({ sampleRate, totalFrames, blocks });
}
