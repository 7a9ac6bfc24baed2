import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSong, synthesizeDemoSong } from '@/server/demo/synth';

const SAMPLE_RATE = 48000;

const peakDb = (channels: readonly Float32Array[]): number => {
  let peak = 0;
  for (const channel of channels) {
    for (let i = 0; i < channel.length; i++) peak = Math.max(peak, Math.abs(channel[i]!));
  }
  return 20 * Math.log10(peak);
};

const stemByFile = (song: DemoSong, fileStem: string) => {
  const stem = song.stems.find((s) => s.fileStem === fileStem);
  if (!stem) throw new Error(`no ${fileStem} stem`);
  return stem;
};

/**
 * Fraction of a Hann-windowed 4096-sample block's power in the DFT bins [lowHz, highHz), computed by
 * Goertzel on just those bins and Parseval's theorem for the total, so it stays fast.
 */
const powerFraction = (signal: Float32Array, startSec: number, lowHz: number, highHz: number): number => {
  const size = 4096;
  const start = Math.round(startSec * SAMPLE_RATE);
  const block = new Float64Array(size);
  let energy = 0;
  for (let i = 0; i < size; i++) {
    block[i] = signal[start + i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size));
    energy += block[i]! * block[i]!;
  }
  let inBand = 0;
  const firstBin = Math.max(1, Math.ceil((lowHz * size) / SAMPLE_RATE));
  const lastBin = Math.min(size / 2 - 1, Math.ceil((highHz * size) / SAMPLE_RATE) - 1);
  for (let bin = firstBin; bin <= lastBin; bin++) {
    const coefficient = 2 * Math.cos((2 * Math.PI * bin) / size);
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < size; i++) {
      const s0 = block[i]! + coefficient * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    inBand += s1 * s1 + s2 * s2 - coefficient * s1 * s2;
  }
  // Parseval: the N·Σx² total counts every bin, positive and negative frequencies; a band below
  // Nyquist appears in both halves.
  return (2 * inBand) / (size * energy);
};

const sameSamples = (a: Float32Array, b: Float32Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

describe('synthesizeDemoSong', () => {
  let song: DemoSong;

  beforeAll(() => {
    song = synthesizeDemoSong();
  });

  it('returns at least four stereo stems of 30 to 40 seconds at 48 kHz, all the same length', () => {
    expect(song.stems.length).toBeGreaterThanOrEqual(4);
    expect(song.durationSec).toBeGreaterThanOrEqual(30);
    expect(song.durationSec).toBeLessThanOrEqual(40);
    for (const stem of song.stems) {
      expect(stem.channels).toHaveLength(2);
      for (const channel of stem.channels)
        expect(channel.length).toBe(Math.round(song.durationSec * SAMPLE_RATE));
    }
    expect(song.stems.map((s) => s.fileStem)).toEqual(
      expect.arrayContaining(['drums', 'bass', 'keys', 'lead']),
    );
  });

  it('produces identical samples for the same seed and different noise for another seed', () => {
    // Compared at 16 kHz to keep the suite quick; it is the same code path as the 48 kHz song.
    const first = synthesizeDemoSong({ sampleRate: 16000, seed: 7 });
    const again = synthesizeDemoSong({ sampleRate: 16000, seed: 7 });
    const otherSeed = synthesizeDemoSong({ sampleRate: 16000, seed: 8 });
    first.stems.forEach((stem, s) => {
      stem.channels.forEach((channel, c) => {
        expect(sameSamples(again.stems[s]!.channels[c]!, channel), `${stem.name} channel ${c}`).toBe(true);
      });
    });
    expect(sameSamples(otherSeed.stems[0]!.channels[0]!, first.stems[0]!.channels[0]!)).toBe(false);
  });

  it('keeps every stem peak between -12 and -3 dBFS and the summed mix below -1 dBFS', () => {
    for (const stem of song.stems) {
      const db = peakDb(stem.channels);
      expect(db, stem.name).toBeGreaterThanOrEqual(-12);
      expect(db, stem.name).toBeLessThanOrEqual(-3);
    }
    const length = song.stems[0]!.channels[0]!.length;
    const mix = [new Float32Array(length), new Float32Array(length)];
    for (const stem of song.stems) {
      for (let c = 0; c < 2; c++) for (let i = 0; i < length; i++) mix[c]![i]! += stem.channels[c]![i]!;
    }
    expect(peakDb(mix)).toBeLessThan(-1);
  });

  it('fades every note in and out, so the bass never jumps by more than a smooth waveform can', () => {
    // A 55 Hz sine at the bass's peak moves by ~0.002 per sample; an unfaded note start or cut would
    // jump by the note's whole amplitude (0.1 to 0.28 here).
    const bass = stemByFile(song, 'bass');
    for (const channel of bass.channels) {
      let maxStep = 0;
      for (let i = 1; i < channel.length; i++)
        maxStep = Math.max(maxStep, Math.abs(channel[i]! - channel[i - 1]!));
      expect(maxStep).toBeLessThan(0.03);
    }
  });

  it('starts and ends every stem in silence', () => {
    for (const stem of song.stems) {
      for (const channel of stem.channels) {
        expect(Math.abs(channel[0]!), stem.name).toBeLessThan(1e-3);
        expect(Math.abs(channel[channel.length - 1]!), stem.name).toBeLessThan(1e-3);
      }
    }
  });

  it('concentrates the bass energy below 250 Hz', () => {
    const bass = stemByFile(song, 'bass').channels[0]!;
    // One window in the verse groove, one in the chorus.
    for (const atSec of [17.1, 25.3]) expect(powerFraction(bass, atSec, 0, 250)).toBeGreaterThan(0.9);
  });

  it('gives the drums hi-hat energy above 5 kHz where the bass has none', () => {
    const drums = stemByFile(song, 'drums').channels[0]!;
    const bass = stemByFile(song, 'bass').channels[0]!;
    // Windows between kicks (the kick's body would dominate any window it falls in).
    for (const atSec of [20.6, 28.8]) expect(powerFraction(drums, atSec, 5000, 24000)).toBeGreaterThan(0.1);
    for (const atSec of [17.1, 25.3]) expect(powerFraction(bass, atSec, 5000, 24000)).toBeLessThan(0.001);
  });

  it('marks intro, verse and chorus in order inside the song, on bar lines', () => {
    const names = song.markers.map((m) => m.name);
    expect(names.slice(0, 3)).toEqual(['Intro', 'Verse', 'Chorus']);
    const barSec = (60 / song.bpm) * 4;
    let previousSec = -1;
    for (const marker of song.markers) {
      expect(marker.atSec).toBeGreaterThan(previousSec);
      expect(marker.atSec).toBeLessThan(song.durationSec);
      expect((marker.atSec / barSec) % 1).toBeCloseTo(0, 9);
      previousSec = marker.atSec;
    }
    expect(song.markers[1]!.atSec / barSec).toBe(8);
  });
});
