import type { Breakpoint, Curve, MixState } from '@/lib/mix/types';
import { band, constant, mixOf, SR, sine, track } from '../render/helpers';

/** Seeded white noise in [-amp, amp) (mulberry32), so both sides get the same stem. */
export function noise(seconds: number, amp: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: Math.round(seconds * SR) }, () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return amp * ((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * 2 - 1);
  });
}

const bp = (atSec: number, value: number, curve: Curve): Breakpoint => ({
  id: `p${atSec}`,
  atSec,
  value,
  curve,
});

export interface ParityCase {
  name: string;
  mix: MixState;
  stems: Record<string, Float32Array[]>;
  /** Song position where both renders start (a seek); default 0. */
  startSec?: number;
}

const SEC = 1;
const n1 = () => [noise(SEC, 0.25, 1)];
const stereoNoise = () => [noise(SEC, 0.25, 2), noise(SEC, 0.2, 3)];

const eqCase = (name: string, ...bands: ReturnType<typeof band>[]): ParityCase => ({
  name: `EQ ${name}`,
  mix: mixOf([track('a', { pan: -0.3, eq: bands })]),
  stems: { a: n1() },
});

/** The mixes rendered on both sides; every stem is 1 s at 48 kHz unless stated. */
export const parityCases = (): ParityCase[] => [
  {
    name: 'gain +6 dB on a sine',
    mix: mixOf([track('a', { gainDb: 6 })]),
    stems: { a: [sine(440, 0.3, SEC)] },
  },
  { name: 'gain -18.5 dB on noise', mix: mixOf([track('a', { gainDb: -18.5 })]), stems: { a: n1() } },
  { name: 'mono pan -0.6 (left)', mix: mixOf([track('a', { pan: -0.6 })]), stems: { a: n1() } },
  { name: 'mono pan +0.8 (right)', mix: mixOf([track('a', { pan: 0.8 })]), stems: { a: n1() } },
  { name: 'mono pan hard left', mix: mixOf([track('a', { pan: -1 })]), stems: { a: n1() } },
  { name: 'stereo pan -0.5 (left)', mix: mixOf([track('a', { pan: -0.5 })]), stems: { a: stereoNoise() } },
  { name: 'stereo pan +0.7 (right)', mix: mixOf([track('a', { pan: 0.7 })]), stems: { a: stereoNoise() } },
  eqCase('lowpass 1 kHz Q 0 dB', band('b', 'lowpass', 1000, 0, 0)),
  eqCase('lowpass 6 kHz Q 12 dB (resonant)', band('b', 'lowpass', 6000, 0, 12)),
  eqCase('highpass 80 Hz Q 0.7', band('b', 'highpass', 80, 0, 0.7)),
  eqCase('highpass 2 kHz Q -3 dB', band('b', 'highpass', 2000, 0, -3)),
  eqCase('lowshelf 100 Hz +6 dB', band('b', 'lowshelf', 100, 6, 1)),
  eqCase('lowshelf 500 Hz -9 dB', band('b', 'lowshelf', 500, -9, 1)),
  eqCase('highshelf 8 kHz +4 dB', band('b', 'highshelf', 8000, 4, 1)),
  eqCase('highshelf 3 kHz -6 dB', band('b', 'highshelf', 3000, -6, 1)),
  eqCase('peaking 1 kHz +6 dB Q 1', band('b', 'peaking', 1000, 6, 1)),
  eqCase('peaking 60 Hz -12 dB Q 8', band('b', 'peaking', 60, -12, 8)),
  eqCase('peaking 5 kHz +9 dB Q 0.5', band('b', 'peaking', 5000, 9, 0.5)),
  eqCase(
    'four bands in order, one off',
    band('hp', 'highpass', 40, 0, 0, 0),
    band('ls', 'lowshelf', 120, 3, 1, 1),
    { ...band('off', 'peaking', 700, 12, 2, 2), on: false },
    band('pk', 'peaking', 2500, -4, 1.4, 3),
    band('hs', 'highshelf', 10000, 2, 1, 4),
  ),
  {
    name: 'EQ on a stereo stem',
    mix: mixOf([
      track('a', { pan: 0.2, eq: [band('p', 'peaking', 300, 5, 2), band('l', 'lowpass', 9000, 0, 3)] }),
    ]),
    stems: { a: stereoNoise() },
  },
  {
    name: 'gain automation: linear in dB, then step, then linear',
    mix: mixOf([
      track('a', {
        automation: {
          gain: [bp(0.1, -30, 'linear'), bp(0.4, 0, 'step'), bp(0.5, -12, 'linear'), bp(0.8, 3, 'linear')],
        },
      }),
    ]),
    stems: { a: [constant(0.3, SEC)] },
  },
  {
    name: 'pan automation sweeping left to right',
    mix: mixOf([
      track('a', {
        automation: { pan: [bp(0.05, -1, 'linear'), bp(0.6, 1, 'step'), bp(0.7, -0.25, 'linear')] },
      }),
    ]),
    stems: { a: n1() },
  },
  {
    name: 'stereo pan automation crossing the centre',
    mix: mixOf([track('a', { automation: { pan: [bp(0.1, -0.8, 'linear'), bp(0.9, 0.9, 'linear')] } })]),
    stems: { a: stereoNoise() },
  },
  {
    name: 'EQ frequency automation (exponential) and gain automation (linear dB)',
    mix: mixOf([
      track('a', {
        eq: [band('p', 'peaking', 200, 6, 1.5)],
        automation: {
          'eq.p.freqHz': [bp(0.1, 200, 'exponential'), bp(0.7, 6000, 'linear'), bp(0.9, 1000, 'step')],
          'eq.p.gainDb': [bp(0.2, 6, 'linear'), bp(0.6, -9, 'linear')],
        },
      }),
    ]),
    stems: { a: n1() },
  },
  {
    name: 'lowpass frequency sweep (linear in Hz)',
    mix: mixOf([
      track('a', {
        eq: [band('l', 'lowpass', 500, 0, 6)],
        automation: { 'eq.l.freqHz': [bp(0, 500, 'linear'), bp(1, 8000, 'linear')] },
      }),
    ]),
    stems: { a: n1() },
  },
  {
    name: 'starting mid-song inside gain, pan and EQ ramps (a seek)',
    startSec: 0.4,
    mix: mixOf([
      track('a', {
        eq: [band('p', 'peaking', 300, 6, 1.5)],
        automation: {
          gain: [bp(0.1, -24, 'linear'), bp(0.9, 0, 'linear')],
          pan: [bp(0.2, -0.9, 'linear'), bp(0.45, 0.3, 'step'), bp(0.6, 0.8, 'linear')],
          'eq.p.freqHz': [bp(0.3, 300, 'exponential'), bp(1.2, 5000, 'linear')],
        },
      }),
    ]),
    stems: { a: [noise(1.5, 0.25, 11)] },
  },
  {
    name: 'mute and solo across four tracks',
    mix: mixOf([
      track('a', { solo: true, pan: -0.5 }),
      track('b', { solo: true, mute: true }),
      track('c', { pan: 0.5 }),
      track('d', { solo: true, gainDb: -6, pan: 0.4 }),
    ]),
    stems: { a: [sine(220, 0.2, SEC)], b: [sine(330, 0.2, SEC)], c: [sine(440, 0.2, SEC)], d: n1() },
  },
  {
    name: 'master EQ and master gain over a three-track mix with stems of different lengths',
    mix: mixOf(
      [
        track('a', { pan: -0.4, gainDb: -3, eq: [band('x', 'highpass', 100, 0, 1)] }),
        track('b', { pan: 0.6, gainDb: -6 }),
        track('c', { gainDb: -1 }),
      ],
      {
        gainDb: -2,
        eq: [
          band('m1', 'lowshelf', 150, 2, 1, 0),
          band('m2', 'peaking', 3000, -3, 0.8, 1),
          band('m3', 'highshelf', 9000, 1.5, 1, 2),
        ],
      },
    ),
    stems: { a: stereoNoise(), b: [noise(0.6, 0.3, 7)], c: [sine(1000, 0.2, 0.3)] },
  },
];
