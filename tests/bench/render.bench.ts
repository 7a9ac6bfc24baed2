/**
 * Reference renderer vs Chromium offline rendering of the same graph, in ×realtime.
 * 8 and 32 tracks of 3 minutes, 4 EQ bands each, automation on gain, pan and one EQ frequency.
 * Run: npx tsx tests/bench/render.bench.ts
 */
import { build } from 'esbuild';
import type { Breakpoint, EqBand, MixState, TrackState } from '../../lib/mix/types';
import { renderMix } from '../../lib/render/renderMix';
import type { StemSource } from '../../lib/render/stemSource';
import { launchChromium } from '../unit/player/chromium';

const SR = 48_000;
const SONG_SEC = 180;
const DISTINCT_STEMS = 4; // tracks share stems so the browser holds 4 buffers, not 32; the per-track work is the same

const lane = (everySec: number, values: number[], curve: Breakpoint['curve']): Breakpoint[] =>
  Array.from({ length: Math.floor(SONG_SEC / everySec) + 1 }, (_, i) => ({
    id: `p${i}`,
    atSec: i * everySec,
    value: values[i % values.length]!,
    curve,
  }));

const bands = (): EqBand[] => [
  { id: 'hp', type: 'highpass', freqHz: 60, gainDb: 0, q: 0.7, on: true, order: 0 },
  { id: 'lo', type: 'lowshelf', freqHz: 200, gainDb: 3, q: 1, on: true, order: 1 },
  { id: 'pk', type: 'peaking', freqHz: 1500, gainDb: -4, q: 1.2, on: true, order: 2 },
  { id: 'hi', type: 'highshelf', freqHz: 8000, gainDb: 2, q: 1, on: true, order: 3 },
];

function benchMix(tracks: number): MixState {
  const list: TrackState[] = Array.from({ length: tracks }, (_, i) => ({
    id: `t${i}`,
    name: `t${i}`,
    stemId: `s${i % DISTINCT_STEMS}`,
    order: i,
    color: '#888',
    gainDb: -12,
    pan: 0,
    mute: false,
    solo: false,
    eq: bands(),
    automation: {
      gain: lane(2, [-14, -10, -18], 'linear'),
      pan: lane(3, [-0.5, 0.5], 'linear'),
      'eq.pk.freqHz': lane(5, [800, 3000], 'exponential'),
    },
  }));
  return { schemaVersion: 1, tracks: list, master: { gainDb: -3, eq: bands() }, markers: [] };
}

/** Seeded noise generated block by block, so the reference side holds no song in memory. */
function noiseStem(seed: number): StemSource {
  const frames = SONG_SEC * SR;
  let position = 0;
  let s = seed >>> 0;
  return {
    sampleRate: SR,
    channels: 1,
    frames,
    read(n) {
      if (position >= frames) return null;
      const m = Math.min(n, frames - position);
      const out = new Float32Array(m);
      for (let i = 0; i < m; i++) {
        s ^= s << 13;
        s >>>= 0;
        s ^= s >>> 17;
        s ^= s << 5;
        s >>>= 0;
        out[i] = (s / 4_294_967_296 - 0.5) * 0.5;
      }
      position += m;
      return [out];
    },
  };
}

function benchReference(mix: MixState): number {
  const stems = new Map(
    Array.from({ length: DISTINCT_STEMS }, (_, i) => [`s${i}`, noiseStem(i + 1)] as const),
  );
  const r = renderMix({ mix, stems, sampleRate: SR });
  if (!r.ok) throw new Error(r.error.message);
  const t0 = performance.now();
  let frames = 0;
  for (const [l] of r.value.blocks()) frames += l.length;
  const sec = (performance.now() - t0) / 1000;
  if (frames !== SONG_SEC * SR) throw new Error(`rendered ${frames} frames`);
  return SONG_SEC / sec;
}

const ENTRY = `
import { renderOffline } from './lib/player/renderOffline';
globalThis.bench = async (mix, stems, songSec, sr) => {
  const buffers = new Map();
  for (let i = 0; i < stems; i++) {
    const b = new AudioBuffer({ length: songSec * sr, numberOfChannels: 1, sampleRate: sr });
    const d = b.getChannelData(0);
    for (let k = 0; k < d.length; k++) d[k] = (Math.random() - 0.5) * 0.5;
    buffers.set('s' + i, b);
  }
  const t0 = performance.now();
  await renderOffline(mix, buffers, songSec, sr);
  return (performance.now() - t0) / 1000;
};
`;

async function main() {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    logLevel: 'silent',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    console.log(
      `render bench: ${SONG_SEC} s songs at ${SR} Hz, 4 EQ bands per track + master, gain/pan/EQ-frequency automation`,
    );
    for (const tracks of [8, 32]) {
      const mix = benchMix(tracks);
      const reference = benchReference(mix);
      const seconds = await page.evaluate(
        ([m, n, s, r]) =>
          (globalThis as unknown as { bench: (...a: unknown[]) => Promise<number> }).bench(m, n, s, r),
        [mix, DISTINCT_STEMS, SONG_SEC, SR] as const,
      );
      const chromiumX = SONG_SEC / seconds;
      console.log(
        `${String(tracks).padStart(2)} tracks  reference ${reference.toFixed(1).padStart(6)} ×realtime   chromium offline ${chromiumX.toFixed(1).padStart(6)} ×realtime`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
