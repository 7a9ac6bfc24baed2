import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import { sinCycles } from './sineTable';
import { softClip } from './softClip';
import type { StereoBuffer } from './stereoBuffer';

const LENGTH_SEC = 0.42;

/** Adds a kick at `atSec`: a sine swept from ~160 Hz down to 50 Hz with a soft-clipped body. */
export const renderKick = (out: StereoBuffer, atSec: number, velocity: number): void => {
  const { sampleRate, left, right } = out;
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(LENGTH_SEC * sampleRate));
  const pitchDecay = decayPerSample(0.03, sampleRate);
  const ampDecay = decayPerSample(0.15, sampleRate);
  let sweepHz = 110;
  let amp = velocity;
  let phase = 0;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    phase += (50 + sweepHz) / sampleRate;
    sweepHz *= pitchDecay;
    amp *= ampDecay;
    // Saturation adds the 2nd/3rd harmonics that let the kick read on small speakers.
    const body = softClip(1.8 * sinCycles(phase)) * 0.9;
    const sample = body * amp * fadeInOutGain(tSec, 0.0015, LENGTH_SEC, 0.03);
    left[i]! += sample;
    right[i]! += sample;
  }
};
