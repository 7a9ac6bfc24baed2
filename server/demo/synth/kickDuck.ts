import { beatToSec, kickStepsForBar, TOTAL_BARS } from './arrangement';
import { decayPerSample } from './noteEnvelope';
import type { StereoBuffer } from './stereoBuffer';

/** Start times of every kick in the song, in seconds (the grid positions, before humanisation). */
export const kickTimesSec = (): number[] => {
  const times: number[] = [];
  for (let bar = 0; bar < TOTAL_BARS; bar++) {
    for (const step of kickStepsForBar(bar)) times.push(beatToSec(bar, step / 4));
  }
  return times;
};

/**
 * Sidechain-style ducking: at each kick the gain dips by `depth` (reached over 5 ms so the dip itself
 * doesn't click) and recovers exponentially over `recoverSec`. Keeps kick and bass/keys from stacking
 * their peaks and gives the groove its gentle pump.
 */
export const applyKickDuck = (buffer: StereoBuffer, depth: number, recoverSec: number): void => {
  const { left, right, sampleRate } = buffer;
  const dipSamples = Math.round(0.005 * sampleRate);
  const recoverSamples = Math.round(recoverSec * 5 * sampleRate);
  const times = kickTimesSec();
  const recoverPerSample = decayPerSample(recoverSec, sampleRate);
  // Each dip is applied over its whole tail even when the next kick comes first: multiplying the
  // overlapping dips keeps the gain curve continuous.
  for (const atSec of times) {
    const start = Math.round(atSec * sampleRate);
    const end = Math.min(left.length, start + recoverSamples);
    for (let i = Math.max(0, start - dipSamples); i < Math.min(start, left.length); i++) {
      const x = (i - (start - dipSamples)) / dipSamples;
      const duck = depth * (0.5 - 0.5 * Math.cos(Math.PI * x));
      left[i]! *= 1 - duck;
      right[i]! *= 1 - duck;
    }
    let duck = depth;
    for (let i = Math.max(0, start); i < end; i++) {
      left[i]! *= 1 - duck;
      right[i]! *= 1 - duck;
      duck *= recoverPerSample;
    }
  }
};
