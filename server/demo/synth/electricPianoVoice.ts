import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import { midiToFreqHz } from './pitch';
import { sinCycles } from './sineTable';
import { panGains, type StereoBuffer } from './stereoBuffer';

/**
 * Adds one electric-piano note by two-operator FM (DX7-style): a 1:1 pair whose index decays gives the
 * warm "bark" fading to a near-sine, and a 1:14 pair with a very short index gives the tine's ping.
 */
export const renderElectricPianoNote = (
  out: StereoBuffer,
  atSec: number,
  lengthSec: number,
  midi: number,
  velocity: number,
  pan: number,
): void => {
  const { sampleRate, left, right } = out;
  const freqHz = midiToFreqHz(midi);
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(lengthSec * sampleRate));
  const increment = freqHz / sampleRate;
  const { left: gainL, right: gainR } = panGains(pan);
  // Higher notes die away faster, as on a real tine piano.
  const ampDecay = decayPerSample(1.8 * 2 ** (-(midi - 60) / 24), sampleRate);
  const barkDecay = decayPerSample(0.3, sampleRate);
  const pingDecay = decayPerSample(0.025, sampleRate);
  const tineDecay = decayPerSample(0.2, sampleRate);
  const barkIndex = 0.12 + 0.35 * velocity;
  // Envelopes advance by multiplication: exp() per sample per voice was the single biggest cost.
  let amp = velocity;
  let bark = 1;
  let ping = 0.2;
  let tineGain = 0.25;
  let phase = 0;
  const attackSamples = Math.round(0.006 * sampleRate);
  const releaseStart = end - Math.round(0.09 * sampleRate);
  for (let i = Math.max(0, start); i < end; i++) {
    phase += increment;
    if (phase >= 1) phase -= 1;
    const modulator = sinCycles(phase);
    const body = sinCycles(phase + barkIndex * (0.25 + bark) * modulator);
    const tine = sinCycles(phase + ping * sinCycles(phase * 14));
    let sample = (body * 0.8 + tine * tineGain) * amp;
    if (i - start < attackSamples || i >= releaseStart) {
      sample *= fadeInOutGain((i - start) / sampleRate, 0.006, lengthSec, 0.09);
    }
    amp *= ampDecay;
    bark *= barkDecay;
    ping *= pingDecay;
    tineGain *= tineDecay;
    left[i]! += sample * gainL;
    right[i]! += sample * gainR;
  }
};
