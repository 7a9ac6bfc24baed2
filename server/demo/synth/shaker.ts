import { fadeInOutGain } from './noteEnvelope';
import type { Prng } from './prng';
import { panGains, type StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

const LENGTH_SEC = 0.11;

/** Adds a shaker stroke at `atSec`: band-passed noise around 6 kHz that swells for 15 ms then falls. */
export const renderShaker = (
  out: StereoBuffer,
  atSec: number,
  velocity: number,
  pan: number,
  prng: Prng,
): void => {
  const { sampleRate, left, right } = out;
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(LENGTH_SEC * sampleRate));
  const bandPass = new SvfFilter(sampleRate, 6200, 1.2);
  const { left: gainL, right: gainR } = panGains(pan);
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    // The slow 15 ms swell is what makes it read as grains shaken rather than a hat.
    const env = tSec < 0.015 ? tSec / 0.015 : Math.exp(-(tSec - 0.015) / 0.03);
    bandPass.process(prng() * 2 - 1);
    const sample = bandPass.band * velocity * env * fadeInOutGain(tSec, 0.002, LENGTH_SEC, 0.02);
    left[i]! += sample * gainL;
    right[i]! += sample * gainR;
  }
};
