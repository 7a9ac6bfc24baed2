import fs from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWithFfmpeg, sineWav24 } from '../support/audio-files';
import { apiAs, DEMO_ACCOUNT, demoSong, signInThroughUi, songWithStems } from './support/accounts';
import { type AppServer, startAppServer } from './support/appServer';
import { CHROMIUM_ARGS } from './support/browser';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let songUrl: string;
let songTitle: string;
let songSec: number;
let stemFileRequests = 0;
/** The Range header of every stem file request, by stem file path. */
const stemRanges = new Map<string, string[]>();

const STEM_FILE = /^\/api\/v1\/stems\/[^/]+\/file$/;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startAppServer(),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
    }),
  ]);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  // Records the highest load percentage the progress bar ever showed (it is gone once playable).
  await context.addInitScript(() => {
    const w = window as unknown as { maxStemPercent: number };
    w.maxStemPercent = -1;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="stem-progress"]');
      if (bar) w.maxStemPercent = Math.max(w.maxStemPercent, Number(bar.getAttribute('data-percent')));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  page = await context.newPage();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!STEM_FILE.test(pathname)) return;
    stemFileRequests += 1;
    stemRanges.set(pathname, [...(stemRanges.get(pathname) ?? []), request.headers().range ?? 'whole']);
  });
  await signInThroughUi(page, server.url, DEMO_ACCOUNT);
  const { songId } = await demoSong(context, server.url);
  const { song } = await apiAs<{ song: { title: string; stems: { durationSec: number }[] } }>(
    context,
    server.url,
    'GET',
    `/api/v1/songs/${songId}`,
  );
  songTitle = song.title;
  songSec = Math.max(...song.stems.map((s) => s.durationSec));
  songUrl = `${server.url}/songs/${songId}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const status = () => page.locator('[data-testid="player-status"][data-state="ready"]');
/** Reads a level meter's held peak (dBFS) by its accessible name. */
const meterDb = (on: Page, name: string) => async () =>
  Number(await on.getByRole('img', { name }).getAttribute('data-level-db'));
const positionSec = async () => Number(await page.getByTestId('time-display').getAttribute('data-sec'));

describe('the song page player', () => {
  it('downloads the stems with progress, plays with a moving clock and a live master meter, pauses, and seeks by clicking the waveform', async () => {
    await page.goto(songUrl);
    await status().waitFor({ timeout: 60_000 });
    // The bar keeps counting the rest after the song is playable, up to every byte.
    await page.locator('[data-testid="player-status"][data-complete-ms]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { maxStemPercent: number }).maxStemPercent)).toBe(
      100,
    );
    // Each of the 4 stems: its first seconds alone, then the rest in pieces, in order, no byte twice.
    expect(stemRanges.size).toBe(4);
    for (const ranges of stemRanges.values()) {
      expect(ranges.length).toBeGreaterThan(1);
      let next = 0;
      for (const range of ranges) {
        const [, from, to] = /^bytes=(\d+)-(\d+)$/.exec(range) ?? [];
        expect(Number(from), range).toBe(next);
        next = Number(to) + 1;
      }
    }
    expect(await status().getAttribute('data-from-network')).toBe('4');
    // Every download was copied into the browser's cache as it streamed.
    await page.locator('[data-testid="player-status"][data-stored="4"]').waitFor({ timeout: 30_000 });
    expect(await status().textContent()).toContain('kept in this browser for your next visit');

    await page.keyboard.press('Space');
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="master-meter"]')?.getAttribute('data-level-db')) > -40,
      undefined,
      { timeout: 5000 },
    );
    // The mixer's strips meter the same playback: the drums track and the master.
    await expect.poll(meterDb(page, 'Drums channel meter'), { timeout: 5000 }).toBeGreaterThan(-40);
    await expect
      .poll(meterDb(page, 'Master channel meter, left and right'), { timeout: 5000 })
      .toBeGreaterThan(-40);
    await page.waitForTimeout(700);
    const playing = await positionSec();
    expect(playing).toBeGreaterThan(0.4);

    await page.keyboard.press('Space');
    // The clock is written once per frame: read it after the pause has reached the transport and drawn.
    await page.locator('[data-testid="play"][aria-pressed="false"]').waitFor({ timeout: 2000 });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const paused = await positionSec();
    await page.waitForTimeout(400);
    expect(await positionSec()).toBeCloseTo(paused, 2);
    expect(paused).toBeGreaterThanOrEqual(playing);

    const waveform = page.getByTestId('waveform').first();
    await waveform.waitFor({ timeout: 30_000 });
    const box = (await waveform.boundingBox())!;
    await waveform.click({ position: { x: box.width * 0.5, y: box.height / 2 } });
    await expect.poll(positionSec, { timeout: 2000 }).toBeGreaterThan(songSec / 2 - 0.5);
    expect(await positionSec()).toBeLessThan(songSec / 2 + 0.5);
  });

  it('reads the stems from the browser cache on the second visit, with no stem download', async () => {
    stemFileRequests = 0;
    const startedMs = Date.now();
    await page.reload();
    await status().waitFor({ timeout: 30_000 });
    const wallMs = Date.now() - startedMs;
    expect(stemFileRequests).toBe(0);
    expect(await status().getAttribute('data-from-cache')).toBe('4');
    const loadMs = await status().getAttribute('data-load-ms');
    const readyMs = await status().getAttribute('data-ready-ms');
    const timings = await status().getAttribute('data-timings');
    console.log(
      `[player] cached reload: stems read+decoded in ${loadMs} ms; player ready ${readyMs} ms after navigation start (${wallMs} ms wall clock incl. page load; ms from load start: ${timings})`,
    );
  });

  it('bounces the mix in the browser to a stereo 24-bit 48 kHz WAV as long as the song', async () => {
    const startedMs = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Bounce the mix to a 24-bit WAV file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${songTitle} (bounce).wav`);
    const wav = await fs.readFile((await download.path())!);
    console.log(`[player] bounce: ${(wav.length / 1_048_576).toFixed(1)} MB in ${Date.now() - startedMs} ms`);
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(48_000);
    expect(view.getUint16(34, true)).toBe(24);
    const frames = view.getUint32(40, true) / 6;
    expect(Math.abs(frames / 48_000 - songSec)).toBeLessThan(0.01);
  });
});

describe('compressed stems', () => {
  it('loads FLAC and MP3 stems whole (through the ranged download), then plays them with a WAV one', async () => {
    const wav = sineWav24({ seconds: 12, freqHz: 220, amplitude: 0.3 });
    const songId = await songWithStems(context, server.url, 'Mixed formats', [
      { fileName: 'Guitar.flac', bytes: encodeWithFfmpeg(wav, 'flac') },
      { fileName: 'Synth.mp3', bytes: encodeWithFfmpeg(wav, 'mp3') },
      { fileName: 'Pad.wav', bytes: sineWav24({ seconds: 12, freqHz: 330, amplitude: 0.3 }) },
    ]);
    const mixed = await context.newPage();
    try {
      await mixed.goto(`${server.url}/songs/${songId}`);
      const ready = mixed.locator('[data-testid="player-status"][data-state="ready"][data-complete-ms]');
      await ready.waitFor({ timeout: 30_000 });
      expect(await ready.getAttribute('data-from-network')).toBe('3');
      await mixed.getByTestId('play').click();
      await expect.poll(meterDb(mixed, 'Guitar channel meter'), { timeout: 5000 }).toBeGreaterThan(-30);
      await expect.poll(meterDb(mixed, 'Synth channel meter'), { timeout: 5000 }).toBeGreaterThan(-30);
      // Nothing failed to load or decode (Next's route announcer is an empty alert outside main).
      expect(await mixed.locator('main').getByRole('alert').allTextContents()).toEqual([]);
    } finally {
      await mixed.close();
    }
  });
});

describe('the stem list', () => {
  it('shows a stem someone else uploads, and its analysis finishing, without a reload', async () => {
    const songId = await songWithStems(context, server.url, 'Arriving stems', []);
    const viewer = await context.newPage();
    try {
      await viewer.goto(`${server.url}/songs/${songId}`);
      await viewer.getByText('No stems yet.').waitFor();
      // Another client (the API, as a DAW plug-in would) uploads a stem to the open song.
      const upload = await context.request.post(`${server.url}/api/v1/songs/${songId}/stems`, {
        headers: {
          origin: server.url,
          'x-file-name': 'Late vocal.wav',
          'content-type': 'application/octet-stream',
        },
        data: Buffer.from(sineWav24({ seconds: 8, freqHz: 997, amplitude: 0.1 })),
      });
      expect(upload.status()).toBe(201);
      const row = viewer
        .getByRole('table', { name: 'Stems' })
        .getByRole('row')
        .filter({ hasText: 'Late vocal' });
      await row.waitFor({ timeout: 10_000 });
      // The analysis runs in the background and its result arrives on the song's event stream.
      await expect
        .poll(() => row.getByTestId('stem-lufs').textContent(), { timeout: 20_000 })
        .toMatch(/-20\.\d LUFS/);
    } finally {
      await viewer.close();
    }
  });
});

describe('the timeline zoom', () => {
  it('zooms in with + around the playhead, seeks within the zoomed view, pans, and shows the whole song with 0', async () => {
    const ruler = page.getByTestId('ruler');
    const view = async () => ({
      startSec: Number(await ruler.getAttribute('data-view-start')),
      spanSec: Number(await ruler.getAttribute('data-view-span')),
    });
    await page.keyboard.press('0');
    expect((await view()).spanSec).toBeCloseTo(songSec, 1);
    expect(await page.getByTestId('timeline-scroll').count()).toBe(0);
    // Park the playhead at 10 s, then zoom in three times: an eighth of the song, 10 s still in sight.
    const box = (await ruler.boundingBox())!;
    await ruler.click({ position: { x: (10 / songSec) * box.width, y: box.height / 2 } });
    await expect.poll(positionSec).toBeCloseTo(10, 0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    const zoomed = await view();
    expect(zoomed.spanSec).toBeCloseTo(songSec / 8, 1);
    expect(zoomed.startSec).toBeLessThan(10);
    expect(zoomed.startSec + zoomed.spanSec).toBeGreaterThan(10);
    // A click in the middle of the ruler now lands in the middle of the zoomed view.
    await ruler.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await expect.poll(positionSec).toBeCloseTo(zoomed.startSec + zoomed.spanSec / 2, 0);
    // The scroll bar pans the view to the end of the song.
    const scroll = page.getByTestId('timeline-scroll');
    await scroll.fill(String(songSec));
    await expect.poll(async () => (await view()).startSec).toBeCloseTo(songSec - zoomed.spanSec, 1);
    await page.keyboard.press('0');
    expect((await view()).spanSec).toBeCloseTo(songSec, 1);
    expect(await scroll.count()).toBe(0);
  });
});

describe('the automation lane editor', () => {
  it('adds a gain point with a click, drags it, and deletes it with the Delete key', async () => {
    await page
      .getByRole('button', { name: /^Show automation of / })
      .first()
      .click();
    const lane = page.locator('svg[aria-label="Gain automation"]').first();
    await lane.scrollIntoViewIfNeeded();
    const box = (await lane.boundingBox())!;
    const points = lane.locator('circle');
    await lane.click({ position: { x: box.width * 0.25, y: box.height * 0.3 } });
    await expect.poll(() => points.count()).toBe(1);
    const before = await points.first().getAttribute('aria-label');

    await points.first().dragTo(lane, { targetPosition: { x: box.width * 0.5, y: box.height * 0.75 } });
    await expect.poll(() => points.first().getAttribute('aria-label')).not.toBe(before);
    expect(await points.count()).toBe(1);

    await points.first().focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => points.count()).toBe(0);
  });
});

describe('a song whose stems are still arriving', () => {
  it('plays once the first seconds of every stem are in, waits at the end of what has loaded, then plays on', async () => {
    // Four 20 s stereo 24-bit stems (23 MB) over a link throttled to 4 MB/s: about 6 s to download.
    const songId = await songWithStems(
      context,
      server.url,
      'Slow link',
      [110, 220, 330, 440].map((freqHz, i) => ({
        fileName: `Stem ${i + 1}.wav`,
        bytes: sineWav24({ seconds: 20, freqHz, amplitude: 0.2 }),
      })),
    );
    const slow = await context.newPage();
    const cdp = await context.newCDPSession(slow);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 4 * 1024 * 1024,
      uploadThroughput: -1,
    });
    try {
      await slow.goto(`${server.url}/songs/${songId}`);
      const ready = slow.locator('[data-testid="player-status"][data-state="ready"]');
      await ready.waitFor({ timeout: 30_000 });
      // Playable while most of the bytes are still on their way.
      const percent = Number(await slow.getByTestId('stem-progress').getAttribute('data-percent'));
      expect(percent).toBeLessThan(60);
      expect(await ready.getAttribute('data-complete-ms')).toBeNull();
      expect(
        await slow.getByRole('button', { name: 'Bounce the mix to a 24-bit WAV file' }).isDisabled(),
      ).toBe(true);

      const clock = async () => Number(await slow.getByTestId('time-display').getAttribute('data-sec'));
      await slow.getByTestId('play').click();
      await expect.poll(clock, { timeout: 5000 }).toBeGreaterThan(0.5);

      // Jump to 18 s, past what has arrived: playback waits there instead of playing a gap.
      const ruler = slow.getByTestId('ruler');
      const box = (await ruler.boundingBox())!;
      await ruler.click({ position: { x: box.width * 0.9, y: box.height / 2 } });
      await slow.getByTestId('transport-waiting').waitFor({ timeout: 5000 });
      // The ruler shows how far every stem has loaded: short of where the playhead waits.
      const loadedStrip = slow.getByTestId('ruler-loaded');
      expect(await loadedStrip.isVisible()).toBe(true);
      expect(Number(await loadedStrip.getAttribute('data-loaded-sec'))).toBeLessThan(17.8);
      const waitingAt = await clock();
      expect(waitingAt).toBeGreaterThan(17);
      await slow.waitForTimeout(300);
      expect(Math.abs((await clock()) - waitingAt)).toBeLessThan(0.05);
      expect(await slow.getByTestId('play').getAttribute('aria-pressed')).toBe('true');

      // Once the rest is in, it plays on from there by itself, and the bounce is offered.
      await expect.poll(clock, { timeout: 30_000 }).toBeGreaterThan(waitingAt + 0.3);
      expect(await slow.getByTestId('transport-waiting').count()).toBe(0);
      await expect.poll(() => ready.getAttribute('data-complete-ms'), { timeout: 30_000 }).not.toBeNull();
      await expect.poll(() => loadedStrip.isVisible()).toBe(false);
      expect(
        await slow.getByRole('button', { name: 'Bounce the mix to a 24-bit WAV file' }).isDisabled(),
      ).toBe(false);
      console.log(
        `[player] 23 MB over 4 MB/s: playable after ${await ready.getAttribute('data-load-ms')} ms, all in after ${await ready.getAttribute('data-complete-ms')} ms`,
      );
    } finally {
      await slow.close();
    }
  });
});
