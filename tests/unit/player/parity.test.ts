import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MixState } from '@/lib/mix/types';
import { renderToArrays, SR } from '../render/helpers';
import { fromBase64, launchChromium, pageWithBundle, toBase64 } from './chromium';
import { parityCases } from './parityCases';

const DURATION_SEC = 1;
const BOUND_DBFS = -80;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await pageWithBundle(browser, fileURLToPath(new URL('./parityEntry.ts', import.meta.url)));
});

const figures: string[] = [];

afterAll(async () => {
  await browser?.close();
  if (process.env.PARITY_REPORT) console.log(figures.join('\n'));
});

async function renderInChromium(
  mix: MixState,
  stems: Record<string, Float32Array[]>,
  startSec: number,
  splitFrames: number[] = [],
): Promise<Float32Array[]> {
  const encoded = Object.fromEntries(Object.entries(stems).map(([id, chs]) => [id, chs.map(toBase64)]));
  const out = await page.evaluate(
    ([m, s, d, r, t, f]) =>
      (globalThis as unknown as { mixroomRender: (...a: unknown[]) => Promise<string[]> }).mixroomRender(
        m,
        s,
        d,
        r,
        t,
        f,
      ),
    [mix, encoded, DURATION_SEC, SR, startSec, splitFrames] as const,
  );
  return out.map(fromBase64);
}

const peakDbfs = (a: Float32Array, b: Float32Array): number => {
  let peak = 0;
  for (let i = 0; i < a.length; i++) peak = Math.max(peak, Math.abs(a[i]! - b[i]!));
  return peak === 0 ? Number.NEGATIVE_INFINITY : 20 * Math.log10(peak);
};

describe('the Chromium player and the reference renderer agree below -80 dBFS', () => {
  for (const c of parityCases()) {
    it(`renders "${c.name}" the same in both`, async () => {
      const startSec = c.startSec ?? 0;
      const [bl, br] = await renderInChromium(c.mix, c.stems, startSec);
      const [rl, rr] = renderToArrays(c.mix, c.stems, { durationSec: DURATION_SEC, startSec });
      expect(bl!.length).toBe(rl.length);
      // Guard against a vacuous pass: the case must make sound on at least one side.
      expect(Math.max(...rl.map(Math.abs), ...rr.map(Math.abs))).toBeGreaterThan(0.01);
      const diff = Math.max(peakDbfs(bl!, rl), peakDbfs(br!, rr));
      figures.push(`${diff.toFixed(1).padStart(7)} dBFS  ${c.name}`);
      expect(diff, `peak difference ${diff.toFixed(1)} dBFS`).toBeLessThan(BOUND_DBFS);
    });
  }
});

// The song page plays stems that are still loading as consecutive segments (docs/player.md). Cut at
// odd frames, including inside the first quantum and just before and after a mid-song start, the
// mix must come out as from whole stems: no seam, no shifted sample (either shows near 0 dBFS on
// noise; float rounding in Chromium's filters leaves differences around -112 dBFS at most).
describe('stems decoded in segments play exactly like whole stems', () => {
  const SPLITS = [100, 12_345, 19_199, 19_201, 24_000, 40_001];
  const picked =
    /^(stereo pan -0\.5|gain automation|pan automation|EQ frequency automation|starting mid-song|master EQ)/;
  for (const c of parityCases().filter((p) => picked.test(p.name))) {
    it(`renders "${c.name}" the same from segments`, async () => {
      const startSec = c.startSec ?? 0;
      const [wl, wr] = await renderInChromium(c.mix, c.stems, startSec);
      const [sl, sr] = await renderInChromium(c.mix, c.stems, startSec, SPLITS);
      expect(Math.max(...wl!.map(Math.abs))).toBeGreaterThan(0.01);
      const diff = Math.max(peakDbfs(wl!, sl!), peakDbfs(wr!, sr!));
      expect(diff, `peak difference ${diff.toFixed(1)} dBFS`).toBeLessThan(-100);
      const [rl, rr] = renderToArrays(c.mix, c.stems, { durationSec: DURATION_SEC, startSec });
      expect(Math.max(peakDbfs(sl!, rl), peakDbfs(sr!, rr))).toBeLessThan(BOUND_DBFS);
    });
  }
});

describe('the in-browser bounce', () => {
  it('reports its progress as it renders, and the reports change nothing in the output', async () => {
    const c = parityCases().find((p) => p.name.startsWith('starting mid-song'))!;
    const encoded = Object.fromEntries(Object.entries(c.stems).map(([id, chs]) => [id, chs.map(toBase64)]));
    const seen = await page.evaluate(
      ([m, s, d, r]) =>
        (
          globalThis as unknown as {
            mixroomRenderWithProgress: (
              ...a: unknown[]
            ) => Promise<{ channels: string[]; fractions: number[] }>;
          }
        ).mixroomRenderWithProgress(m, s, d, r),
      [c.mix, encoded, DURATION_SEC, SR] as const,
    );
    expect(seen.fractions.length).toBeGreaterThanOrEqual(40);
    for (let i = 1; i < seen.fractions.length; i++) {
      expect(seen.fractions[i]!).toBeGreaterThan(seen.fractions[i - 1]!);
    }
    expect(seen.fractions[0]!).toBeLessThan(0.05);
    expect(seen.fractions.at(-1)!).toBeGreaterThan(0.95);
    const [pl, pr] = seen.channels.map(fromBase64);
    const [wl, wr] = await renderInChromium(c.mix, c.stems, 0);
    expect(pl).toEqual(wl);
    expect(pr).toEqual(wr);
  });
});
