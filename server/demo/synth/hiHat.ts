import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import type { Prng } from './prng';
import { panGains, type StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

/** Hi-hat articulation: closed is a tick, open rings until choked. */
export type HiHatKind = 'closed' | 'open';

/**
 * Adds a hi-hat at `atSec` lasting at most `maxLengthSec` (the next hat chokes an open one): noise
 * high-passed twice at 7 kHz with a slight resonance around 10 kHz for sheen.
 */
export const renderHiHat = (
  out: StereoBuffer,
  atSec: number,
  kind: HiHatKind,
  velocity: number,
  maxLengthSec: number,
  pan: number,
  prng: Prng,
): void => {
  const { sampleRate, left, right } = out;
  const naturalSec = kind === 'closed' ? 0.09 : 0.5;
  const lengthSec = Math.min(naturalSec, maxLengthSec);
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(lengthSec * sampleRate));
  const decay = decayPerSample(kind === 'closed' ? 0.022 : 0.16, sampleRate);
  const highPass1 = new SvfFilter(sampleRate, 7000, 0.7);
  const highPass2 = new SvfFilter(sampleRate, 10000, 1.3);
  const { left: gainL, right: gainR } = panGains(pan);
  let amp = velocity;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    highPass1.process(prng() * 2 - 1);
    highPass2.process(highPass1.high);
    const sample =
      (highPass2.high + 0.6 * highPass2.band) * amp * fadeInOutGain(tSec, 0.0005, lengthSec, 0.012);
    amp *= decay;
    left[i]! += sample * gainL;
    right[i]! += sample * gainR;
  }
};
