import { describe, expect, it } from 'vitest';
import type { Breakpoint } from '@/lib/mix/types';
import { renderMix } from '@/lib/render/renderMix';
import { arrayStemSource, type StemSource } from '@/lib/render/stemSource';
import { band, constant, mixOf, renderToArrays, SR, sine, track } from './helpers';

const bp = (atSec: number, value: number, curve: Breakpoint['curve']): Breakpoint => ({
  id: `p${atSec}`,
  atSec,
  value,
  curve,
});

describe('renderMix', () => {
  it('evaluates a gain lane per sample: linear in dB between points, held before and after', () => {
    const mix = mixOf([
      track('a', { pan: -1, automation: { gain: [bp(0.25, -40, 'linear'), bp(0.75, 0, 'linear')] } }),
    ]);
    const [l] = renderToArrays(mix, { a: [constant(0.5, 1)] });
    expect(l[1000]).toBeCloseTo(0.5 * 10 ** (-40 / 20), 9);
    // Halfway through the ramp the lane is at -20 dB: linear in dB, i.e. geometric in amplitude.
    expect(l[SR / 2]).toBeCloseTo(0.5 * 0.1, 7);
    expect(l[SR - 1]).toBeCloseTo(0.5, 7);
  });

  it('holds a step point until the next point and switches exactly on the point frame', () => {
    const mix = mixOf([
      track('a', { pan: -1, automation: { gain: [bp(0, 0, 'step'), bp(0.5, -6, 'step')] } }),
    ]);
    const [l] = renderToArrays(mix, { a: [constant(1, 1)] });
    expect(l[SR / 2 - 1]).toBe(1);
    expect(l[SR / 2]).toBeCloseTo(10 ** (-6 / 20), 7);
  });

  it('plays only soloed tracks when any track is soloed, and a mute always wins', () => {
    const mix = mixOf([
      track('a', { pan: -1, solo: true }),
      track('b', { pan: -1 }),
      track('c', { pan: -1, solo: true, mute: true }),
    ]);
    const [l] = renderToArrays(mix, {
      a: [constant(0.1, 0.1)],
      b: [constant(0.2, 0.1)],
      c: [constant(0.4, 0.1)],
    });
    expect(l[100]).toBeCloseTo(0.1, 7);
  });

  it('pads a shorter stem with silence and renders to the end of the longest one', () => {
    const mix = mixOf([track('a', { pan: -1 }), track('b', { pan: -1 })]);
    const [l] = renderToArrays(mix, { a: [constant(0.1, 0.5)], b: [constant(0.2, 1)] });
    expect(l.length).toBe(SR);
    expect(l[100]).toBeCloseTo(0.3, 7);
    expect(l[SR - 100]).toBeCloseTo(0.2, 7);
  });

  it('refuses stems at another sample rate with a message naming the stem and both rates', () => {
    const r = renderMix({
      mix: mixOf([track('a')]),
      stems: new Map([['a', arrayStemSource([constant(0, 1, 44_100)], 44_100)]]),
      sampleRate: SR,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('sample-rate-mismatch');
      expect(r.error.message).toContain('"a" is at 44100 Hz but the render is at 48000 Hz');
    }
  });

  it('refuses a mix whose track names a stem that was not provided', () => {
    const r = renderMix({ mix: mixOf([track('a')]), stems: new Map(), sampleRate: SR });
    expect(!r.ok && r.error.code).toBe('missing-stem');
  });

  it('gives the same samples whatever the block size and however short the source reads are', () => {
    const mix = mixOf([
      track('a', {
        pan: 0.3,
        eq: [band('p', 'peaking', 800, 6, 2)],
        automation: { 'eq.p.freqHz': [bp(0.1, 200, 'exponential'), bp(0.4, 4000, 'linear')] },
      }),
    ]);
    const stem = sine(330, 0.5, 0.5);
    const [a] = renderToArrays(mix, { a: [stem] }, { blockFrames: 128 });
    // A source that hands out at most 100 frames per read.
    const inner = arrayStemSource([stem], SR);
    const choppy: StemSource = { ...inner, read: (n) => inner.read(Math.min(n, 100)) };
    const r = renderMix({ mix, stems: new Map([['a', choppy]]), sampleRate: SR, blockFrames: 4096 });
    if (!r.ok) throw new Error(r.error.message);
    const b = new Float32Array(r.value.totalFrames);
    let at = 0;
    for (const [l] of r.value.blocks()) {
      b.set(l, at);
      at += l.length;
    }
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('starts part-way into the song with automation at song time', () => {
    const mix = mixOf([
      track('a', { pan: -1, automation: { gain: [bp(0, -20, 'linear'), bp(1, 0, 'linear')] } }),
    ]);
    const [l] = renderToArrays(mix, { a: [constant(1, 1)] }, { startSec: 0.5, durationSec: 0.25 });
    expect(l.length).toBe(SR / 4);
    expect(l[0]).toBeCloseTo(0.1 ** 0.5, 6);
  });

  it('keeps memory flat: a 3-minute render reuses the same output arrays for every block', () => {
    const frames = SR * 180;
    const silent: StemSource = {
      sampleRate: SR,
      channels: 1,
      frames,
      read: (() => {
        let left = frames;
        const block = new Float32Array(8192);
        return (n: number) => {
          if (left <= 0) return null;
          const m = Math.min(n, left, block.length);
          left -= m;
          return [block.subarray(0, m)];
        };
      })(),
    };
    const r = renderMix({ mix: mixOf([track('a')]), stems: new Map([['a', silent]]), sampleRate: SR });
    if (!r.ok) throw new Error(r.error.message);
    const buffers = new Set<ArrayBufferLike>();
    let total = 0;
    for (const [l] of r.value.blocks()) {
      buffers.add(l.buffer);
      total += l.length;
    }
    expect(total).toBe(frames);
    expect(buffers.size).toBe(1);
  });
});
