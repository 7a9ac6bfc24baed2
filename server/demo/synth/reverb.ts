import type { StereoBuffer } from './stereoBuffer';

// Freeverb's tunings (in samples at 44.1 kHz); the right channel is offset so the tail is wide.
const COMB_TUNINGS = [1116, 1277, 1422, 1557];
const ALLPASS_TUNINGS = [556, 441];
const STEREO_SPREAD = 23;
// Freeverb's fixed input gain (scaled for four combs instead of eight) keeps the sum from overloading.
const INPUT_GAIN = 0.022;

/** Options for `addReverb`: feedback sets the tail length, damping its darkness. */
export interface ReverbOptions {
  wetGain: number;
  roomFeedback?: number;
  damping?: number;
}

/** Adds the output of a low-passed feedback comb over `input` into `wet` (damping = highs die first). */
const accumulateDampedComb = (
  input: Float32Array,
  wet: Float32Array,
  length: number,
  feedback: number,
  damping: number,
): void => {
  const line = new Float32Array(length);
  let index = 0;
  let store = 0;
  // Each comb runs as its own tight loop over typed arrays, which V8 compiles far better than a
  // per-sample loop calling eight small objects.
  for (let i = 0; i < input.length; i++) {
    const delayed = line[index]!;
    store = delayed * (1 - damping) + store * damping;
    line[index] = input[i]! + store * feedback;
    index = index + 1 === length ? 0 : index + 1;
    wet[i]! += delayed;
  }
};

/** Runs a Schroeder all-pass over `signal` in place, diffusing comb echoes into a smooth tail. */
const allPassInPlace = (signal: Float32Array, length: number): void => {
  const line = new Float32Array(length);
  let index = 0;
  for (let i = 0; i < signal.length; i++) {
    const delayed = line[index]!;
    const input = signal[i]!;
    line[index] = input + delayed * 0.5;
    index = index + 1 === length ? 0 : index + 1;
    signal[i] = delayed - input;
  }
};

/** Adds a Freeverb-style stereo reverb of `source` (summed to mono at its input) into `target`. */
export const addReverb = (source: StereoBuffer, target: StereoBuffer, options: ReverbOptions): void => {
  const { wetGain, roomFeedback = 0.8, damping = 0.35 } = options;
  const scale = source.sampleRate / 44100;
  const length = Math.min(source.left.length, target.left.length);
  // Silence before the first note reverberates to silence, so start there (the lead enters mid-song).
  let first = 0;
  while (first < length && source.left[first] === 0 && source.right[first] === 0) first++;
  const n = length - first;
  const input = new Float32Array(n);
  for (let i = 0; i < n; i++) input[i] = (source.left[first + i]! + source.right[first + i]!) * INPUT_GAIN;
  const combs = new Float32Array(n);
  for (const tuning of COMB_TUNINGS) {
    accumulateDampedComb(input, combs, Math.round(tuning * scale), roomFeedback, damping);
  }
  // The combs (most of the cost) are shared; differently tuned all-passes per side decorrelate L and R.
  const wet = new Float32Array(n);
  for (const [offset, out] of [
    [0, target.left],
    [STEREO_SPREAD, target.right],
  ] as const) {
    wet.set(combs);
    for (const tuning of ALLPASS_TUNINGS) allPassInPlace(wet, Math.round((tuning + offset) * scale));
    for (let i = 0; i < n; i++) out[first + i]! += wet[i]! * wetGain;
  }
};
