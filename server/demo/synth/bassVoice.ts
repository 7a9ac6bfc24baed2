import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import { midiToFreqHz } from './pitch';
import { polyBlepSaw } from './polyBlepSaw';
import { sinCycles } from './sineTable';
import { softClip } from './softClip';
import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

// Re-tuning the filter every 16 samples (0.3 ms) is inaudible and saves most of the tan() calls.
const FILTER_UPDATE_SAMPLES = 16;

/**
 * Adds one bass note: two slightly detuned saws through a low-pass whose cutoff snaps open and
 * settles (the "pluck"), plus a sine at the fundamental for weight, gently saturated for warmth.
 */
export const renderBassNote = (
  out: StereoBuffer,
  atSec: number,
  lengthSec: number,
  midi: number,
  velocity: number,
): void => {
  const { sampleRate, left, right } = out;
  const freqHz = midiToFreqHz(midi);
  const start = Math.round(atSec * sampleRate);
  const end = Math.min(left.length, start + Math.round(lengthSec * sampleRate));
  const increment1 = freqHz / sampleRate;
  const increment2 = (freqHz * 1.004) / sampleRate;
  const filter = new SvfFilter(sampleRate, 200, 0.9);
  const envelopeDepthHz = 250 + 450 * velocity;
  const filterDecay = decayPerSample(0.12 / FILTER_UPDATE_SAMPLES, sampleRate);
  const sustainDecay = decayPerSample(0.22, sampleRate);
  let filterEnvelope = 1;
  let sustainEnvelope = 1;

  const attackSamples = Math.round(0.004 * sampleRate);
  const releaseStart = end - Math.round(0.025 * sampleRate);
  let phase1 = 0;
  // Starting the second saw half a cycle later avoids both jumps landing together on the first sample.
  let phase2 = 0.5;
  for (let i = Math.max(0, start); i < end; i++) {
    if ((i - start) % FILTER_UPDATE_SAMPLES === 0) {
      filter.setCutoff(freqHz * 2 + 60 + envelopeDepthHz * filterEnvelope, 0.9);
      filterEnvelope *= filterDecay;
    }
    const saws = polyBlepSaw(phase1, increment1) * 0.55 + polyBlepSaw(phase2, increment2) * 0.45;
    phase1 += increment1;
    if (phase1 >= 1) phase1 -= 1;
    phase2 += increment2;
    if (phase2 >= 1) phase2 -= 1;
    // A rising saw's fundamental is -sin, so the sub is negated to reinforce it rather than cancel it.
    const sub = -sinCycles(phase1);
    const raw = filter.process(saws) * 0.7 + sub * 0.75;
    let sample = softClip(1.3 * raw) * velocity * (0.5 + 0.5 * sustainEnvelope);
    sustainEnvelope *= sustainDecay;
    if (i - start < attackSamples || i >= releaseStart) {
      sample *= fadeInOutGain((i - start) / sampleRate, 0.004, lengthSec, 0.025);
    }
    left[i]! += sample;
    right[i]! += sample;
  }
};
