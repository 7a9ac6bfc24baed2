/**
 * How soon a song plays on the song page, for a song the size of a real one: 8 stereo 24-bit 48 kHz
 * stems of 4 minutes (553 MB of WAV). Measured in headless Chromium with an on-disk profile, the
 * browser restarted between visits so nothing is held in memory:
 *  - first visit (stems downloaded from the local server and cached);
 *  - cached visits: navigation start -> player ready, and -> every stem decoded whole.
 * Peer, in the same browser profile and the same run: the previous way (read each cached stem whole, then
 * decodeAudioData of the whole file), which the player had to finish before it could play.
 * Serves the production build (made first if missing). Run: npm run bench -- player-start
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { apiAs, DEMO_ACCOUNT, signInThroughUi, songWithStems } from '../e2e/support/accounts';
import { startAppServer } from '../e2e/support/appServer';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { sineWav24 } from '../support/audio-files';

const STEMS = 8;
const STEM_SEC = 240;
const CACHED_VISITS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  // The app is served from a production build: make one if there is none.
  const root = path.resolve(import.meta.dirname, '../..');
  try {
    await fs.access(path.join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'));
  } catch {
    console.log('no production build yet: running `npx next build` first');
    const built = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('next build failed');
  }
  const server = await startAppServer();
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'mixroom-bench-profile-'));
  const open = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
      viewport: { width: 1400, height: 1000 },
    });
  let context: BrowserContext = await open();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signInThroughUi(page, server.url, DEMO_ACCOUNT);
    const uploadStarted = Date.now();
    const stems = Array.from({ length: STEMS }, (_, i) => ({
      fileName: `Stem ${i + 1}.wav`,
      bytes: sineWav24({ seconds: STEM_SEC, freqHz: 55 * (i + 1), amplitude: 0.1 }),
    }));
    const uploadedMb = stems.reduce((n, s) => n + s.bytes.byteLength, 0) / 1_048_576;
    const songId = await songWithStems(context, server.url, 'Bench: 8 stems × 4 min', stems);
    console.log(
      `uploaded ${STEMS} stems, ${uploadedMb.toFixed(0)} MB, in ${((Date.now() - uploadStarted) / 1000).toFixed(1)} s`,
    );
    // Let the background analysis finish, so it does not share the CPU with the measurements.
    for (;;) {
      const { song: s } = await apiAs<{ song: { stems: { analysis: { state: string } }[] } }>(
        context,
        server.url,
        'GET',
        `/api/v1/songs/${songId}`,
      );
      if (s.stems.every((st) => st.analysis.state === 'ready' || st.analysis.state === 'failed')) break;
      await new Promise((r) => setTimeout(r, 1000));
    }

    const songUrl = `${server.url}/songs/${songId}`;
    const visit = async (ctx: BrowserContext) => {
      const p = ctx.pages()[0] ?? (await ctx.newPage());
      await p.goto(songUrl);
      const status = p.locator('[data-testid="player-status"][data-state="ready"]');
      await status.waitFor({ timeout: 600_000 });
      const readyMs = Number(await status.getAttribute('data-ready-ms'));
      const playableMs = Number(await status.getAttribute('data-load-ms'));
      const fromCache = Number(await status.getAttribute('data-from-cache'));
      const timings = await status.getAttribute('data-timings');
      await p.waitForSelector('[data-testid="player-status"][data-complete-ms]', { timeout: 600_000 });
      const completeMs = Number(await status.getAttribute('data-complete-ms'));
      return { page: p, readyMs, playableMs, completeMs, fromCache, timings };
    };

    const first = await visit(context);
    // The copy for the cache is written while the download streams; let it finish before closing.
    await first.page.waitForSelector(`[data-testid="player-status"][data-stored="${STEMS}"]`, {
      timeout: 600_000,
    });
    console.log(
      `first visit (download + cache, localhost): playable after ${first.playableMs} ms of loading, player ready ${first.readyMs} ms after navigation start, all stems in after ${first.completeMs} ms`,
    );

    const ready: number[] = [];
    const playable: number[] = [];
    const complete: number[] = [];
    const wholeRead: number[] = [];
    const wholeDecoded: number[] = [];
    for (let v = 0; v < CACHED_VISITS; v++) {
      await context.close();
      context = await open();
      const seen = await visit(context);
      if (seen.fromCache !== STEMS) throw new Error(`only ${seen.fromCache} stems came from the cache`);
      ready.push(seen.readyMs);
      console.log(`  visit ${v + 1}: ready ${seen.readyMs} ms; loading timings ${seen.timings}`);
      playable.push(seen.playableMs);
      complete.push(seen.completeMs);
      // The previous way, in a restarted browser too: read every cached stem whole, then decode it whole.
      await context.close();
      context = await open();
      const peer = context.pages()[0] ?? (await context.newPage());
      await peer.goto(`${server.url}/projects`);
      const figures = await peer.evaluate(async () => {
        const cache = await caches.open('mixroom-stems-v1');
        const keys = (await cache.keys()).filter((r) =>
          new URL(r.url).pathname.startsWith('/__stem-cache/content/'),
        );
        const ctx = new AudioContext({ sampleRate: 48_000 });
        const t0 = performance.now();
        let readMs = 0;
        await Promise.all(
          keys.map(async (key) => {
            const bytes = await (await cache.match(key))!.arrayBuffer();
            readMs = Math.max(readMs, performance.now() - t0);
            await ctx.decodeAudioData(bytes);
          }),
        );
        const decodedMs = performance.now() - t0;
        await ctx.close();
        return { readMs, decodedMs, stems: keys.length };
      });
      if (figures.stems < STEMS) throw new Error(`the cache holds ${figures.stems} stems`);
      wholeRead.push(figures.readMs);
      wholeDecoded.push(figures.decodedMs);
    }
    console.log(
      `cached visit, ${STEMS} × ${STEM_SEC / 60} min stems (median of ${CACHED_VISITS}, browser restarted each time):`,
    );
    console.log(
      `  Mixroom (segments): player ready ${median(ready)} ms after navigation start (loading: playable after ${median(playable)} ms, every stem whole after ${median(complete)} ms)`,
    );
    console.log(
      `  previous way (whole files): read ${median(wholeRead).toFixed(0)} ms + decode → ${median(wholeDecoded).toFixed(0)} ms before it could play`,
    );
  } finally {
    await context.close();
    await fs.rm(profile, { recursive: true, force: true });
    await server.stop();
  }
}

await main();
