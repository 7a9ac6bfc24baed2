/** A pair of equally long channels written in place by the voices. */
export interface StereoBuffer {
  left: Float32Array;
  right: Float32Array;
  sampleRate: number;
}

/** Allocates a silent stereo buffer of `durationSec`. */
export const createStereoBuffer = (sampleRate: number, durationSec: number): StereoBuffer => {
  const length = Math.round(sampleRate * durationSec);
  return { left: new Float32Array(length), right: new Float32Array(length), sampleRate };
};

/** Equal-power pan gains so a voice keeps its loudness wherever it sits; pan -1 = left, +1 = right. */
export const panGains = (pan: number): { left: number; right: number } => {
  const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return { left: Math.cos(angle), right: Math.sin(angle) };
};

/** Adds `source` scaled by `gain` into `target` (same length). */
export const mixInto = (target: StereoBuffer, source: StereoBuffer, gain: number): void => {
  const { left, right } = target;
  const n = Math.min(left.length, source.left.length);
  for (let i = 0; i < n; i++) {
    left[i]! += source.left[i]! * gain;
    right[i]! += source.right[i]! * gain;
  }
};
