import { decayPerSample, fadeInOutGain } from './noteEnvelope';
import { midiToFreqHz } from './pitch';
import { polyBlepSaw } from './polyBlepSaw';
import { sinCycles } from './sineTable';
import type { StereoBuffer } from './stereoBuffer';
import { SvfFilter } from './svfFilter';

const FILTER_UPDATE_SAMPLES = 16;
const VIBRATO_RATE_HZ = 5.2;
const VIBRATO_DEPTH_SEMITONES = 0.18;
// Vibrato only fades in after the note has spoken, the way singers and players do it.
const VIBRATO_DELAY_SEC = 0.18;
const VIBRATO_RAMP_SEC = 0.35;

/** Adds one lead note: a saw blended with a sine, softened by a low-pass, with delayed vibrato. */
export const renderLeadNote = (
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
  const filter = new SvfFilter(sampleRate, 2000, 0.8);
  const filterDecay = decayPerSample(0.2 / FILTER_UPDATE_SAMPLES, sampleRate);
  const sustainDecay = decayPerSample(0.3, sampleRate);
  let filterEnvelope = 1;
  let sustainEnvelope = 1;
  // 2^(s/12) ≈ 1 + s·ln2/12 is exact to 0.01 cent for the ±0.18 semitone vibrato, and avoids pow().
  const semitoneRatio = Math.LN2 / 12;
  let phase = 0;
  for (let i = Math.max(0, start); i < end; i++) {
    const tSec = (i - start) / sampleRate;
    const vibratoAmount = Math.min(1, Math.max(0, (tSec - VIBRATO_DELAY_SEC) / VIBRATO_RAMP_SEC));
    const semitones = VIBRATO_DEPTH_SEMITONES * vibratoAmount * sinCycles(tSec * VIBRATO_RATE_HZ);
    const increment = (freqHz * (1 + semitones * semitoneRatio)) / sampleRate;
    if ((i - start) % FILTER_UPDATE_SAMPLES === 0) {
      filter.setCutoff(1500 + 2500 * filterEnvelope, 0.8);
      filterEnvelope *= filterDecay;
    }
    // A rising saw's fundamental is -sin, so the sine is subtracted to reinforce it rather than cancel it.
    const tone = filter.process(polyBlepSaw(phase, increment)) * 0.6 - sinCycles(phase) * 0.5;
    phase += increment;
    if (phase >= 1) phase -= 1;
    const sample =
      tone * velocity * (0.8 + 0.2 * sustainEnvelope) * fadeInOutGain(tSec, 0.012, lengthSec, 0.06);
    sustainEnvelope *= sustainDecay;
    left[i]! += sample;
    right[i]! += sample;
  }
};
