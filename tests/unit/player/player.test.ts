import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MixState } from '@/lib/mix/types';
import { mixOf, track } from '../render/helpers';
import { launchChromium, pageWithBundle } from './chromium';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await pageWithBundle(browser, fileURLToPath(new URL('./playerEntry.ts', import.meta.url)));
});

afterAll(async () => {
  await browser?.close();
});

type Probes = {
  updateProbe(
    before: MixState,
    after: MixState,
    atSec: number,
    signal?: 'constant' | 'cosine',
  ): Promise<number[]>;
  transportProbe(): Promise<Record<string, number | boolean>>;
  arrivalProbe(secondAtSec: number, thirdAtSec: number): Promise<number[]>;
  liveUpdateProbe(before: MixState, after: MixState, atSec: number): Promise<number[]>;
};

describe('the browser player', () => {
  it('glides a live fader change over about 10 ms instead of jumping, without restarting the stem', async () => {
    const before = mixOf([track('a', { pan: -1, gainDb: 0 })]);
    const after = mixOf([track('a', { pan: -1, gainDb: -12 })]);
    const left = await page.evaluate(([b, a]) => (globalThis as unknown as Probes).updateProbe(b, a, 0.5), [
      before,
      after,
    ] as const);
    // The update lands on the first 128-frame tick at or after 0.5 s.
    const at = 24_064;
    expect(left[at - 200]).toBeCloseTo(0.5, 6);
    // 50 ms later the new gain has settled (time constant 3.3 ms).
    expect(left[at + 2400]).toBeCloseTo(0.5 * 10 ** (-12 / 20), 4);
    let maxStep = 0;
    for (let i = at - 200; i < at + 2400; i++) maxStep = Math.max(maxStep, Math.abs(left[i + 1]! - left[i]!));
    // A jump would move 0.37 in one sample; the glide moves at most a few percent of that.
    expect(maxStep).toBeLessThan(0.02);
  });

  it('applies a live mute as a glide to silence', async () => {
    const before = mixOf([track('a', { pan: -1 })]);
    const after = mixOf([track('a', { pan: -1, mute: true })]);
    const left = await page.evaluate(([b, a]) => (globalThis as unknown as Probes).updateProbe(b, a, 0.25), [
      before,
      after,
    ] as const);
    expect(left[12_000 - 200]).toBeCloseTo(0.5, 6);
    expect(Math.abs(left[12_000 + 4800]!)).toBeLessThan(1e-6);
  });

  it('plays, pauses, seeks and loops on the context clock', async () => {
    const seen = await page.evaluate(() => (globalThis as unknown as Probes).transportProbe());
    expect(seen.duration).toBe(4);
    expect(seen.playing).toBe(true);
    expect(seen.afterPlay).toBeGreaterThan(0.2);
    // Loose upper bound: a loaded machine may wake the 400 ms timer late.
    expect(seen.afterPlay).toBeLessThan(3);
    expect(seen.trackMeterDb).toBeGreaterThan(-40);
    expect(seen.stillPaused).toBe(seen.paused);
    expect(seen.seeked).toBe(2);
    // After 0.8 s of a 0.3 s loop starting at 2 s the position is back inside the loop.
    expect(seen.looped).toBeGreaterThanOrEqual(2);
    expect(seen.looped).toBeLessThan(2.3);
  });

  it('plays segments that arrive during playback in time, and keeps a late one in sync with the song', async () => {
    // Segment 2 arrives at 0.1 s (needed at 0.3 s), segment 3 at 0.7 s (needed at 0.6 s: late).
    const left = await page.evaluate(() => (globalThis as unknown as Probes).arrivalProbe(0.1, 0.7));
    const expected = (i: number) => i / 48_000;
    // In time: every sample up to 0.6 s is the stem's own, across the 0.3 s seam.
    let worst = 0;
    for (let i = 0; i < 28_800; i++) worst = Math.max(worst, Math.abs(left[i]! - expected(i)));
    expect(worst).toBeLessThan(1e-6);
    // Late: silence where the third segment was missing, then the song again at its own time.
    expect(Math.abs(left[30_000]!)).toBeLessThan(1e-9);
    const resumed = left.findIndex((v, i) => i > 28_800 && Math.abs(v) > 0);
    expect(resumed / 48_000).toBeGreaterThan(0.7);
    expect(resumed / 48_000).toBeLessThan(0.75);
    for (const i of [resumed + 10, 45_000, 47_999]) expect(left[i]).toBeCloseTo(expected(i), 5);
  });

  // A structural change (a band switched on, a track removed) rebuilds a track's chain while it plays.
  const maxStep = (x: number[], from: number, to: number) => {
    let step = 0;
    for (let i = from; i < to; i++) step = Math.max(step, Math.abs(x[i + 1]! - x[i]!));
    return step;
  };

  it('crossfades into a rebuilt track chain when a band is switched on while playing, without a click', async () => {
    const before = mixOf([track('a', { pan: -1 })]);
    const after = mixOf([
      track('a', {
        pan: -1,
        eq: [{ id: 'lp', type: 'lowpass', freqHz: 2000, gainDb: 0, q: 0.7, on: true, order: 0 }],
      }),
    ]);
    const left = await page.evaluate(
      ([b, a]) => (globalThis as unknown as Probes).liveUpdateProbe(b, a, 0.5),
      [before, after] as const,
    );
    // The cosine before the switch, from the old chain...
    const cosine = (i: number) => 0.5 * Math.cos((2 * Math.PI * 50 * i) / 48_000);
    for (const i of [100, 12_000, 23_900]) expect(left[i]).toBeCloseTo(cosine(i), 5);
    // ...no jump at it: a 50 Hz cosine at 0.5 moves at most 0.0033 per sample, a hard switch ~0.07.
    expect(maxStep(left, 100, 47_000)).toBeLessThan(0.006);
    // Still the cosine after the switch (the lowpass at 2 kHz barely touches 50 Hz).
    // ...once, not twice: the old chain has faded out.
    const level = Math.max(...left.slice(36_000, 47_000).map(Math.abs));
    expect(level).toBeGreaterThan(0.49);
    expect(level).toBeLessThan(0.52);
  });

  it('fades a track out when it is removed while playing, without a click', async () => {
    const before = mixOf([track('a', { pan: -1 }), track('b', { pan: 1, stemId: 'a' })]);
    const after = mixOf([track('b', { pan: 1, stemId: 'a' })]);
    const left = await page.evaluate(
      ([b, a]) => (globalThis as unknown as Probes).liveUpdateProbe(b, a, 0.5),
      [before, after] as const,
    );
    // Sounding until the removal, a glide down from there, silent after.
    expect(Math.max(...left.slice(20_000, 24_000).map(Math.abs))).toBeGreaterThan(0.4);
    expect(maxStep(left, 100, 47_000)).toBeLessThan(0.006);
    expect(Math.max(...left.slice(30_000, 47_000).map(Math.abs))).toBeLessThan(1e-4);
  });
});
