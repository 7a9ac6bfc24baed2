import { describe, expect, it } from 'vitest';
import { type SegmenterVerdict, type WavSegment, WavSegmenter } from '@/lib/audio/wav-segmenter';
import { decodeAll } from './decode-helpers';
import { dataBody, fmtBody, riff, type WavSpec } from './wav-fixture';

/** A deterministic pseudo-random source, so a failure can be replayed. */
const rng = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const spec24 = (frames: number): WavSpec => {
  const next = rng(7);
  const ch = () => Array.from({ length: frames }, () => Math.floor((next() * 2 - 1) * 8_000_000));
  return { encoding: 'pcm', bits: 24, sampleRate: 48_000, channels: [ch(), ch()], extensible: true };
};

/** Feeds `bytes` in chunks of random sizes (1 byte up to `maxChunk`), as a network or cache stream does. */
async function segmentAll(
  bytes: Uint8Array,
  segmenter: WavSegmenter,
  maxChunk: number,
  seed = 1,
): Promise<WavSegment[]> {
  const next = rng(seed);
  const out: WavSegment[] = [];
  for (let at = 0; at < bytes.length; ) {
    const n = 1 + Math.floor(next() * maxChunk);
    out.push(...(await segmenter.push(bytes.slice(at, at + n))));
    at += n;
  }
  out.push(...(await segmenter.end()));
  return out;
}

const concat = (parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('cutting a WAV stream into segments that decode on their own', () => {
  it('gives consecutive whole-frame WAV files whose samples are exactly the original ones', async () => {
    const spec = spec24(30_011);
    // Metadata before and after the samples, an odd-sized chunk among them (with its pad byte).
    const bytes = riff([
      { id: 'LIST', body: new Uint8Array(3001) },
      { id: 'fmt ', body: fmtBody(spec) },
      { id: 'bext', body: new Uint8Array(602) },
      { id: 'data', body: dataBody(spec) },
      { id: 'iXML', body: new Uint8Array(999) },
    ]);
    const whole = await decodeAll(bytes);
    if (!whole.ok) throw new Error(whole.error);
    const sizes = [4_800, 9_600];
    const segmenter = new WavSegmenter(bytes.length, (i) => sizes[i] ?? 7_000);
    const segments = await segmentAll(bytes, segmenter, 4_000);
    const verdict = segmenter.state as Extract<SegmenterVerdict, { kind: 'wav' }>;
    expect(verdict.kind).toBe('wav');
    expect(verdict.frames).toBe(30_011);
    expect(segments.map((s) => s.frames)).toEqual([4_800, 9_600, 7_000, 7_000, 1_611]);
    let expectedStart = 0;
    const decoded: Float32Array[][] = [];
    for (const s of segments) {
      expect(s.startFrame).toBe(expectedStart);
      expectedStart += s.frames;
      const d = await decodeAll(s.wav);
      if (!d.ok) throw new Error(d.error);
      expect(d.value.facts.sampleRate).toBe(48_000);
      expect(d.value.channels[0]!.length).toBe(s.frames);
      decoded.push(d.value.channels);
    }
    for (const c of [0, 1]) {
      expect(concat(decoded.map((d) => d[c]!))).toEqual(whole.value.channels[c]);
    }
  });

  it('cuts float and 16-bit mono files too, and a file shorter than one segment in one piece', async () => {
    for (const spec of [
      { encoding: 'float', bits: 32, sampleRate: 44_100, channels: [[0.5, -0.25, 0.125, 1, -1]] },
      { encoding: 'pcm', bits: 16, sampleRate: 44_100, channels: [[1, -2, 3, -32768, 32767]] },
    ] satisfies WavSpec[]) {
      const bytes = riff([
        { id: 'fmt ', body: fmtBody(spec) },
        { id: 'data', body: dataBody(spec) },
      ]);
      const segmenter = new WavSegmenter(bytes.length, () => 1_000);
      const segments = await segmentAll(bytes, segmenter, 7);
      expect(segments).toHaveLength(1);
      const d = await decodeAll(segments[0]!.wav);
      const original = await decodeAll(bytes);
      if (!d.ok || !original.ok) throw new Error('decode failed');
      expect(d.value.channels[0]).toEqual(original.value.channels[0]);
    }
  });

  it('hands other formats, refused rates and damaged headers back to be decoded whole, saying why', async () => {
    const flac = new Uint8Array(50_000);
    flac.set([0x66, 0x4c, 0x61, 0x43]);
    const notWav = new WavSegmenter(flac.length, () => 1_000);
    expect(await segmentAll(flac, notWav, 9_000)).toEqual([]);
    expect(notWav.state).toEqual({ kind: 'whole', reason: 'not a WAV file' });

    const spec = spec24(2_000);
    const bytes = riff([
      { id: 'fmt ', body: fmtBody({ ...spec, sampleRate: 44_100 }) },
      { id: 'data', body: dataBody(spec) },
    ]);
    const otherRate = new WavSegmenter(
      bytes.length,
      () => 1_000,
      (f) => (f.sampleRate === 48_000 ? null : `it runs at ${f.sampleRate} Hz`),
    );
    expect(await segmentAll(bytes, otherRate, 5_000)).toEqual([]);
    expect(otherRate.state).toEqual({ kind: 'whole', reason: 'it runs at 44100 Hz' });

    const noData = riff([{ id: 'fmt ', body: fmtBody(spec) }]);
    const damaged = new WavSegmenter(noData.length, () => 1_000);
    expect(await segmentAll(noData, damaged, 5)).toEqual([]);
    expect(damaged.state.kind).toBe('whole');
  });
});
