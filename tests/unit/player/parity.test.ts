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
): Promise<Float32Array[]> {
  const encoded = Object.fromEntries(Object.entries(stems).map(([id, chs]) => [id, chs.map(toBase64)]));
  const out = await page.evaluate(
    ([m, s, d, r, t]) =>
      (globalThis as unknown as { mixroomRender: (...a: unknown[]) => Promise<string[]> }).mixroomRender(
        m,
        s,
        d,
        r,
        t,
      ),
    [mix, encoded, DURATION_SEC, SR, startSec] as const,
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
