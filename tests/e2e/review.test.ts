import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser } from '@/lib/audio/analyser';
import { openAudio } from '@/lib/audio/open-audio';
import {
  apiAs,
  DEMO_ACCOUNT,
  demoSong,
  inviteMember,
  newAccount,
  signInThroughUi,
  signUpThroughUi,
} from './support/accounts';
import { type AppServer, startAppServer } from './support/appServer';
import { launchBrowser } from './support/browser';

interface VersionJson {
  id: string;
  name: string;
  approved: boolean;
  bounce: {
    state: string;
    error: string | null;
    sampleRate: number | null;
    durationSec: number | null;
    loudness: { integratedLufs: number | null } | null;
  };
}
interface StemJson {
  id: string;
  fileName: string;
  durationSec: number;
  sampleRate: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('review: versions, compare, approvals and the handoff to mastering', () => {
  let server: AppServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let artistContext: BrowserContext;
  let mixerContext: BrowserContext;
  let masteringContext: BrowserContext;
  let owner: Page;
  let artist: Page;
  let projectId: string;
  let songId: string;

  const versionsOf = async (context: BrowserContext) =>
    (await apiAs<{ versions: VersionJson[] }>(context, server.url, 'GET', `/api/v1/songs/${songId}/versions`))
      .versions;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer({ demo: true }), launchBrowser()]);
    ownerContext = await browser.newContext();
    artistContext = await browser.newContext();
    mixerContext = await browser.newContext();
    masteringContext = await browser.newContext();
    owner = await ownerContext.newPage();
    artist = await artistContext.newPage();
    const mixer = await mixerContext.newPage();
    const mastering = await masteringContext.newPage();
    await Promise.all([
      signInThroughUi(owner, server.url, DEMO_ACCOUNT),
      signUpThroughUi(artist, server.url, newAccount('Ari Artist')),
      signUpThroughUi(mixer, server.url, newAccount('Max Mixer')),
      signUpThroughUi(mastering, server.url, newAccount('Mia Mastering')),
    ]);
    ({ projectId, songId } = await demoSong(ownerContext, server.url));
    await inviteMember(ownerContext, artistContext, server.url, projectId, 'artist');
    await inviteMember(ownerContext, mixerContext, server.url, projectId, 'mix_engineer');
    await inviteMember(ownerContext, masteringContext, server.url, projectId, 'mastering_engineer');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves v1, a fader move, then v2, and the comparison says the gain change in words', async () => {
    await owner.goto(`${server.url}/songs/${songId}/versions`);
    await owner.getByText(/No versions yet/).waitFor();
    const save = owner.getByRole('form', { name: 'Save version' });
    await save.getByLabel('Version label').fill('First balance');
    await save.getByRole('button', { name: 'Save version' }).click();
    await owner.getByRole('list', { name: 'Versions' }).getByText('First balance').waitFor();

    await owner.goto(`${server.url}/songs/${songId}`);
    const strip = owner.getByRole('region', { name: /channel$/ }).first();
    const fader = strip.getByRole('slider', { name: /fader$/ });
    await fader.waitFor({ timeout: 20_000 });
    const trackName = ((await fader.getAttribute('aria-label')) ?? '').replace(/ fader$/, '');
    await fader.focus();
    for (let i = 0; i < 3; i++) await owner.keyboard.press('ArrowUp');
    await expect.poll(() => strip.getByTestId('fader-readout').textContent()).toBe('+3.0');
    await sleep(1_500); // the move travels to the server over the sync socket

    await owner.goto(`${server.url}/songs/${songId}/versions`);
    await save.getByLabel('Version label').fill('Louder first track');
    await save.getByRole('button', { name: 'Save version' }).click();
    await owner.getByRole('list', { name: 'Versions' }).getByText('Louder first track').waitFor();

    const compare = owner.getByRole('form', { name: 'Compare versions' });
    await compare.getByRole('button', { name: 'Compare' }).click();
    await owner.waitForURL(/\/versions\/compare\?/);
    const changes = owner.getByRole('list', { name: 'Changes' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').allTextContents()).toContain(
      `${trackName}: gain 0.0 → +3.0 dB`,
    );
  });

  it('bounces both versions in the background and shows the loudness difference for A/B', async () => {
    const started = Date.now();
    let list = await versionsOf(ownerContext);
    while (list.some((v) => v.bounce.state !== 'ready') && Date.now() - started < 90_000) {
      expect(list.filter((v) => v.bounce.state === 'failed').map((v) => v.bounce.error)).toEqual([]);
      await sleep(500);
      list = await versionsOf(ownerContext);
    }
    expect(list.map((v) => v.bounce.state)).toEqual(['ready', 'ready']);
    await owner.reload();
    const difference = owner.getByTestId('loudness-difference');
    await difference.waitFor();
    expect(await difference.textContent()).toMatch(
      /v2 is \d+\.\d LU (louder|quieter) than v1\. Matched playback/,
    );
    await owner.getByRole('group', { name: 'A/B player' }).waitFor();
    // The player streams each bounce with Range requests.
    const partial = await ownerContext.request.get(`${server.url}/api/v1/versions/${list[0]!.id}/bounce`, {
      headers: { range: 'bytes=0-43' },
    });
    expect(partial.status()).toBe(206);
    expect(partial.headers()['content-type']).toBe('audio/wav');
    expect(strFromU8(new Uint8Array(await partial.body()).subarray(0, 4))).toBe('RIFF');
  });

  it('approves v2 when the artist (in the page) and the mix engineer (through the API) approve it', async () => {
    const [v2] = await versionsOf(ownerContext);
    expect(v2!.name).toBe('v2');
    const refused = await masteringContext.request.get(`${server.url}/api/v1/versions/${v2!.id}/handoff`);
    expect(refused.status()).toBe(409);

    await artist.goto(`${server.url}/songs/${songId}/versions`);
    const form = artist.getByRole('form', { name: 'Decide on v2' });
    await form.getByLabel('Comment on v2').fill('The first track sits right now');
    await form.getByRole('button', { name: 'Approve v2' }).click();
    await artist.getByText(/Waiting for Mix engineer/).waitFor();
    await apiAs(mixerContext, server.url, 'POST', `/api/v1/versions/${v2!.id}/approvals`, {
      decision: 'approve',
      comment: 'Ready for mastering',
    });
    await owner.goto(`${server.url}/songs/${songId}/versions`);
    await owner.locator('[data-version="v2"]').getByTestId('approved-badge').waitFor();
    expect(await owner.locator('[data-version="v1"]').getByTestId('approved-badge').count()).toBe(0);
    // The lock shows on the song page too: the live mix goes on, v2 stays as approved.
    await owner.goto(`${server.url}/songs/${songId}`);
    expect(await owner.getByTestId('approved-version-badge').textContent()).toBe('v2 approved · locked');
    const artistRefused = await artistContext.request.get(`${server.url}/api/v1/versions/${v2!.id}/handoff`);
    expect(artistRefused.status()).toBe(403);
  });

  it('gives the mastering engineer one zip with the bounce, stems, mix file, notes, markers and sheet', async () => {
    const [v2] = await versionsOf(masteringContext);
    const { stems } = await apiAs<{ stems: StemJson[] }>(
      masteringContext,
      server.url,
      'GET',
      `/api/v1/songs/${songId}/stems`,
    );
    const response = await masteringContext.request.get(`${server.url}/api/v1/versions/${v2!.id}/handoff`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.body()));
    const names = Object.keys(files).sort();
    const wavName = names.find((n) => /- v2\.wav$/.test(n) && !n.startsWith('stems/'))!;
    expect(names).toEqual(
      [
        wavName,
        'handoff.html',
        'markers.csv',
        'mix.json',
        'notes.csv',
        ...stems.map((s) => `stems/${s.fileName}`),
      ].sort(),
    );

    // The bounce: 24-bit stereo at the stems' rate, as long as the longest stem, as loud as the analysis said.
    const wav = files[wavName]!;
    const opened = await openAudio({ size: wav.length, read: async (o, l) => wav.subarray(o, o + l) });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.facts).toMatchObject({ sampleRate: 48_000, channels: 2, bitDepth: 24 });
    const analyser = createAnalyser({ sampleRate: 48_000, channels: 2 });
    const decoded = await opened.value.decode((block) => analyser.push(block));
    if (!decoded.ok) throw new Error(decoded.error);
    const longest = Math.max(...stems.map((s) => s.durationSec));
    expect(Math.abs(decoded.value.frames - Math.round(longest * 48_000))).toBeLessThanOrEqual(1);
    const measured = analyser.finish();
    expect(Math.abs(measured.integratedLufs! - v2!.bounce.loudness!.integratedLufs!)).toBeLessThan(0.01);

    // Each stem is the uploaded file, byte for byte.
    for (const stem of stems) {
      const original = await masteringContext.request.get(`${server.url}/api/v1/stems/${stem.id}/file`);
      expect(Buffer.from(files[`stems/${stem.fileName}`]!).equals(await original.body())).toBe(true);
    }

    const mixFile = JSON.parse(strFromU8(files['mix.json']!)) as {
      format: string;
      version: number;
      mix: { tracks: { stemId: string; gainDb: number | null }[] };
      stems: Record<string, { path: string }>;
    };
    expect(mixFile.format).toBe('mixroom.mix');
    expect(mixFile.version).toBe(1);
    expect(mixFile.mix.tracks.map((t) => t.gainDb)).toContain(3);
    for (const track of mixFile.mix.tracks) expect(files[mixFile.stems[track.stemId]!.path]).toBeDefined();

    expect(strFromU8(files['notes.csv']!).split('\r\n')[0]).toBe(
      'id,reply_to,version,author,start_sec,end_sec,status,created_at,resolved_at,body',
    );
    const markers = strFromU8(files['markers.csv']!).split('\r\n');
    expect(markers[0]).toBe('#,Name,Start,End,Length');
    for (const line of markers.slice(1, -1))
      expect(line).toMatch(/^(M\d+,.*,\d+:\d\d\.\d{3},,|R\d+,.*(,\d+:\d\d\.\d{3}){3})$/);

    const sheet = strFromU8(files['handoff.html']!);
    expect(sheet).toContain('v2 — Louder first track');
    expect(sheet).toContain('48000 Hz');
    expect(sheet).toContain(`${v2!.bounce.loudness!.integratedLufs!.toFixed(1)} LUFS`);
    expect(sheet).toContain('Ari Artist');
    expect(sheet).toContain('Max Mixer');
  });

  it('restores v1 into the live mix as one undoable change, leaving the approved v2 as it was', async () => {
    await owner.goto(`${server.url}/songs/${songId}/versions`);
    await owner.getByRole('link', { name: 'Restore v1' }).click();
    await owner.waitForURL((url) => url.pathname === `/songs/${songId}`);
    await owner
      .getByTestId('restore-status')
      .getByText(/v1 restored into the live mix/)
      .waitFor({ timeout: 30_000 });
    const readout = owner
      .getByRole('region', { name: /channel$/ })
      .first()
      .getByTestId('fader-readout');
    await readout.waitFor({ timeout: 20_000 });
    await expect.poll(() => readout.textContent()).toBe('0.0');
    // The restore is one step of the owner's own undo history: Ctrl+Z brings the +3 dB mix back, Ctrl+Shift+Z v1.
    await owner.locator('h1').click();
    await owner.keyboard.press('Control+z');
    await expect.poll(() => readout.textContent()).toBe('+3.0');
    await owner.keyboard.press('Control+Shift+z');
    await expect.poll(() => readout.textContent()).toBe('0.0');
    const [v2] = await versionsOf(ownerContext);
    const { version } = await apiAs<{ version: { mix: { tracks: { gainDb: number | null }[] } } }>(
      ownerContext,
      server.url,
      'GET',
      `/api/v1/versions/${v2!.id}`,
    );
    expect(version.mix.tracks.map((t) => t.gainDb)).toContain(3);
    expect(await owner.getByTestId('approved-version-badge').textContent()).toBe('v2 approved · locked');
    // The song's loudness is quoted from the approved version's bounce.
    expect(await owner.getByTestId('song-loudness').textContent()).toMatch(
      /^Song loudness \(v2, approved bounce\): -?\d+\.\d LUFS · LRA \d+\.\d LU · -?\d+\.\d dBTP/,
    );
  });
});
