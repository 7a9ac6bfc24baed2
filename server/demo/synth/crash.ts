import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import type { Prng } from './prng';
import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

const LENGTH_SEC = 2.4;

/** Adds a soft crash cymbal at `atSec`: wide, decorrelated high-passed noise with a long decay. */
export const renderCrash = (out: StereoBuffer, atSec: number, velocity: number, prng: Prng): void => {
  const { sampleRate, left, right } = out;
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(LENGTH_SEC * sampleRate));
  const decay = decayPerSample(0.7, sampleRate);
  const filterL = new SvfFilter(sampleRate, 4500, 0.8);
  const filterR = new SvfFilter(sampleRate, 4700, 0.8);
  const toneL = new SvfFilter(sampleRate, 12000, 0.7);
  const toneR = new SvfFilter(sampleRate, 12000, 0.7);
  let amp = velocity;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    const gain = amp * fadeInOutGain(tSec, 0.002, LENGTH_SEC, 0.4);
    amp *= decay;
    filterL.process(prng() * 2 - 1);
    filterR.process(prng() * 2 - 1);
    // A gentle low-pass on top tames the harshest air so the crash sits behind the hats.
    left[i]! += toneL.process(filterL.high) * gain;
    right[i]! += toneR.process(filterR.high) * gain;
  }
};
