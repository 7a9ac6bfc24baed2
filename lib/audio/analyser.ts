import { gainToDb } from '../dsp/db';
import { kWeighting } from '../dsp/kweighting';
import { defaultChannelWeights } from './channel-weights';
import { GrowableFloat64 } from './growable';
import { energyToLufs, integratedLoudness, loudnessRange } from './loudness-gating';
import { PEAK_ZOOM_FRAMES, PeakBuilder, type Peaks } from './peaks';
import { createTruePeakMeter } from './true-peak-meter';

/** Loudness and level figures of a whole programme (EBU R128 / ITU-R BS.1770-4). */
export interface AnalysisResult {
  /** Gated integrated loudness; null when nothing passes the −70 LUFS gate (silence). */
  integratedLufs: number | null;
  loudnessRangeLu: number | null;
  /** Null for digital silence. */
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
  /** Highest 400 ms loudness; null when no full block exists or all are silent. */
  momentaryMaxLufs: number | null;
  /** Highest 3 s loudness; null when no full window exists or all are silent. */
  shortTermMaxLufs: number | null;
  durationSec: number;
  sampleRate: number;
  channels: number;
}

/** Single-pass streaming analyser: loudness, peaks and the waveform overview in one read. */
export interface Analyser {
  /** Feeds the next block, one Float32Array per channel (equal lengths, any size). */
  push(block: Float32Array[]): void;
  finish(): AnalysisResult & { peaks: Peaks };
}

export interface AnalyserOptions {
  sampleRate: number;
  channels: number;
  /** BS.1770 weights per channel; defaults by channel count (LFE 0, surrounds 1.41). */
  channelWeights?: readonly number[];
  peakZoomFrames?: readonly number[];
}

/** Blocks are 400 ms with 75 % overlap and short-term windows 3 s, so everything steps by 100 ms. */
const STEPS_PER_MOMENTARY = 4;
const STEPS_PER_SHORT_TERM = 30;
/** Filter state below this is flushed to zero so silence after sound does not run on denormals. */
const DENORMAL = 1e-25;

const lufsOrNull = (energy: number): number | null => (energy > 0 ? energyToLufs(energy) : null);

/** Creates the streaming analyser for one stream's rate and channel count. */
export const createAnalyser = (options: AnalyserOptions): Analyser => {
  const { sampleRate, channels } = options;
  const weights = options.channelWeights ?? defaultChannelWeights(channels);
  if (weights.length !== channels) {
    throw new Error(`createAnalyser: ${weights.length} channel weights for ${channels} channels`);
  }
  const { shelf, highPass } = kWeighting(sampleRate);
  const stepFrames = Math.round(sampleRate / 10);
  // Per-channel filter state: two biquads in transposed direct form II.
  const state = Array.from({ length: channels }, () => new Float64Array(4));
  const truePeak = createTruePeakMeter(sampleRate, channels);
  const peakBuilder = new PeakBuilder(options.peakZoomFrames ?? PEAK_ZOOM_FRAMES);
  const columnFrames = peakBuilder.finestFrames;

  const recentSteps = new Float64Array(STEPS_PER_SHORT_TERM); // ring of weighted energy sums
  let stepCount = 0;
  let stepFill = 0;
  let stepEnergy = 0;
  const blockEnergies = new GrowableFloat64();
  const shortTermEnergies = new GrowableFloat64();
  let momentaryMax = 0;
  let shortTermMax = 0;

  let columnFill = 0;
  let columnMin = Number.POSITIVE_INFINITY;
  let columnMax = Number.NEGATIVE_INFINITY;
  let samplePeak = 0;
  let frames = 0;

  const windowEnergy = (steps: number): number => {
    let sum = 0;
    for (let k = 1; k <= steps; k++) sum += recentSteps[(stepCount - k) % STEPS_PER_SHORT_TERM]!;
    return sum / (steps * stepFrames);
  };

  const completeStep = (): void => {
    recentSteps[stepCount % STEPS_PER_SHORT_TERM] = stepEnergy;
    stepCount++;
    stepEnergy = 0;
    stepFill = 0;
    if (stepCount >= STEPS_PER_MOMENTARY) {
      const e = windowEnergy(STEPS_PER_MOMENTARY);
      blockEnergies.push(e);
      if (e > momentaryMax) momentaryMax = e;
    }
    if (stepCount >= STEPS_PER_SHORT_TERM) {
      const e = windowEnergy(STEPS_PER_SHORT_TERM);
      shortTermEnergies.push(e);
      if (e > shortTermMax) shortTermMax = e;
    }
  };

  const completeColumn = (): void => {
    peakBuilder.addColumn(columnMin, columnMax);
    const a = Math.max(-columnMin, columnMax);
    if (a > samplePeak) samplePeak = a;
    columnMin = Number.POSITIVE_INFINITY;
    columnMax = Number.NEGATIVE_INFINITY;
    columnFill = 0;
  };

  /** K-weights channel c over [from, to), returns Σy², and folds the raw samples into the column. */
  const filterSegment = (c: number, x: Float32Array, from: number, to: number): number => {
    const s = state[c]!;
    let s1 = s[0]!;
    let s2 = s[1]!;
    let t1 = s[2]!;
    let t2 = s[3]!;
    const { b0, b1, b2, a1, a2 } = shelf;
    const ha1 = highPass.a1;
    const ha2 = highPass.a2;
    let sum = 0;
    let lo = columnMin;
    let hi = columnMax;
    for (let i = from; i < to; i++) {
      const v = x[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      const y1 = b0 * v + s1;
      s1 = b1 * v - a1 * y1 + s2;
      s2 = b2 * v - a2 * y1;
      const y2 = y1 + t1; // high-pass numerator is (1, −2, 1)
      t1 = -2 * y1 - ha1 * y2 + t2;
      t2 = y1 - ha2 * y2;
      sum += y2 * y2;
    }
    columnMin = lo;
    columnMax = hi;
    s[0] = Math.abs(s1) < DENORMAL ? 0 : s1;
    s[1] = Math.abs(s2) < DENORMAL ? 0 : s2;
    s[2] = Math.abs(t1) < DENORMAL ? 0 : t1;
    s[3] = Math.abs(t2) < DENORMAL ? 0 : t2;
    return sum;
  };

  const push = (block: Float32Array[]): void => {
    if (block.length !== channels)
      throw new Error(`push: expected ${channels} channels, got ${block.length}`);
    const n = block[0]!.length;
    for (let c = 0; c < channels; c++) {
      if (block[c]!.length !== n)
        throw new Error(`push: channel ${c} has ${block[c]!.length} frames, not ${n}`);
      truePeak.push(c, block[c]!);
    }
    let i = 0;
    while (i < n) {
      const end = i + Math.min(n - i, stepFrames - stepFill, columnFrames - columnFill);
      for (let c = 0; c < channels; c++) {
        const energy = filterSegment(c, block[c]!, i, end);
        stepEnergy += weights[c]! * energy;
      }
      stepFill += end - i;
      columnFill += end - i;
      i = end;
      if (stepFill === stepFrames) completeStep();
      if (columnFill === columnFrames) completeColumn();
    }
    frames += n;
  };

  return {
    push,
    finish: () => {
      if (columnFill > 0) completeColumn();
      const truePeakLinear = truePeak.finish();
      return {
        integratedLufs: integratedLoudness(blockEnergies.view()),
        loudnessRangeLu: loudnessRange(shortTermEnergies.view()),
        truePeakDbtp: truePeakLinear > 0 ? gainToDb(truePeakLinear) : null,
        samplePeakDbfs: samplePeak > 0 ? gainToDb(samplePeak) : null,
        momentaryMaxLufs: lufsOrNull(momentaryMax),
        shortTermMaxLufs: lufsOrNull(shortTermMax),
        durationSec: frames / sampleRate,
        sampleRate,
        channels,
        peaks: peakBuilder.finish(sampleRate, frames),
      };
    },
  };
};
