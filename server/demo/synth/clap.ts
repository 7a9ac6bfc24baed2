import { fadeInOutGain } from './noteEnvelope';
import type { Prng } from './prng';
import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

const LENGTH_SEC = 0.35;
const BURST_OFFSETS_SEC = [0, 0.011, 0.022];

/** Adds a hand clap at `atSec`: three quick band-passed noise bursts then a short diffuse tail. */
export const renderClap = (out: StereoBuffer, atSec: number, velocity: number, prng: Prng): void => {
  const { sampleRate, left, right } = out;
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(LENGTH_SEC * sampleRate));
  // Separate noise per side gives the clap a little width without a stereo effect.
  const filterL = new SvfFilter(sampleRate, 1300, 1.4);
  const filterR = new SvfFilter(sampleRate, 1250, 1.4);
  const lastBurstSec = BURST_OFFSETS_SEC[BURST_OFFSETS_SEC.length - 1]!;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    let env = 0;
    if (tSec < lastBurstSec) {
      const sinceBurst = tSec - BURST_OFFSETS_SEC[Math.floor(tSec / 0.011)]!;
      env = Math.exp(-sinceBurst / 0.004);
    } else {
      env = Math.exp(-(tSec - lastBurstSec) / 0.09);
    }
    const gain = velocity * env * fadeInOutGain(tSec, 0.0008, LENGTH_SEC, 0.05);
    filterL.process(prng() * 2 - 1);
    filterR.process(prng() * 2 - 1);
    left[i]! += filterL.band * gain;
    right[i]! += filterR.band * gain;
  }
};
