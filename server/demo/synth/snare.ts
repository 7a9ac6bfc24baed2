import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import type { Prng } from './prng';
import { sinCycles } from './sineTable';
import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

const LENGTH_SEC = 0.3;

/** Adds a snare at `atSec`: a short 185 Hz drum-head tone plus band-limited noise for the wires. */
export const renderSnare = (out: StereoBuffer, atSec: number, velocity: number, prng: Prng): void => {
  const { sampleRate, left, right } = out;
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(LENGTH_SEC * sampleRate));
  const toneDecay = decayPerSample(0.045, sampleRate);
  const noiseDecay = decayPerSample(0.075, sampleRate);
  const wires = new SvfFilter(sampleRate, 1800, 0.6);
  const air = new SvfFilter(sampleRate, 9000, 0.7);
  let toneAmp = 0.55 * velocity;
  let noiseAmp = 0.6 * velocity;
  let phase = 0;
  let phase2 = 0;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    phase += 185 / sampleRate;
    phase2 += 330 / sampleRate;
    const tone = (sinCycles(phase) + 0.5 * sinCycles(phase2)) * toneAmp;
    wires.process(prng() * 2 - 1);
    air.process(wires.high);
    const noise = air.low * noiseAmp;
    toneAmp *= toneDecay;
    noiseAmp *= noiseDecay;
    const sample = (tone + noise) * fadeInOutGain(tSec, 0.001, LENGTH_SEC, 0.04);
    left[i]! += sample;
    right[i]! += sample;
  }
};
