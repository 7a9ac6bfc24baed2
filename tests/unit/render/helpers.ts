import type { BandType, EqBand, MixState, TrackState } from '@/lib/mix/types';
import { renderMix } from '@/lib/render/renderMix';
import { arrayStemSource } from '@/lib/render/stemSource';

export const SR = 48_000;

/** A sine of `freqHz` at `amp`, `seconds` long. */
export const sine = (freqHz: number, amp: number, seconds: number, sampleRate = SR): Float32Array =>
  Float32Array.from(
    { length: Math.round(seconds * sampleRate) },
    (_, i) => amp * Math.sin((2 * Math.PI * freqHz * i) / sampleRate),
  );

export const constant = (value: number, seconds: number, sampleRate = SR): Float32Array =>
  new Float32Array(Math.round(seconds * sampleRate)).fill(value);

export const band = (
  id: string,
  type: BandType,
  freqHz: number,
  gainDb: number,
  q: number,
  order = 0,
): EqBand => ({
  id,
  type,
  freqHz,
  gainDb,
  q,
  on: true,
  order,
});

export const track = (id: string, patch: Partial<TrackState> = {}): TrackState => ({
  id,
  name: id,
  stemId: id,
  order: 0,
  color: '#888',
  gainDb: 0,
  pan: 0,
  mute: false,
  solo: false,
  eq: [],
  automation: {},
  ...patch,
});

export const mixOf = (tracks: TrackState[], master: Partial<MixState['master']> = {}): MixState => ({
  schemaVersion: 1,
  tracks,
  master: { gainDb: 0, eq: [], ...master },
  markers: [],
});

/** Renders fully into memory (tests only). */
export function renderToArrays(
  mix: MixState,
  stems: Record<string, Float32Array[]>,
  options: { durationSec?: number; startSec?: number; blockFrames?: number } = {},
): [Float32Array, Float32Array] {
  const map = new Map(Object.entries(stems).map(([id, ch]) => [id, arrayStemSource(ch, SR)]));
  const r = renderMix({ mix, stems: map, sampleRate: SR, ...options });
  if (!r.ok) throw new Error(r.error.message);
  const left = new Float32Array(r.value.totalFrames);
  const right = new Float32Array(r.value.totalFrames);
  let at = 0;
  for (const [l, rr] of r.value.blocks()) {
    left.set(l, at);
    right.set(rr, at);
    at += l.length;
  }
  return [left, right];
}

/** Amplitude of the `freqHz` component of x[from, to) (single-bin DFT over whole periods). */
export function toneAmplitude(
  x: Float32Array,
  freqHz: number,
  from: number,
  to: number,
  sampleRate = SR,
): number {
  let re = 0;
  let im = 0;
  for (let i = from; i < to; i++) {
    const w = (2 * Math.PI * freqHz * i) / sampleRate;
    re += x[i]! * Math.cos(w);
    im += x[i]! * Math.sin(w);
  }
  return (2 * Math.hypot(re, im)) / (to - from);
}
