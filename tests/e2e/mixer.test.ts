import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNT,
  demoSong,
  inviteMember,
  newAccount,
  signInThroughUi,
  signUpThroughUi,
} from './support/accounts';
import { type AppServer, startAppServer } from './support/appServer';
import { launchBrowser } from './support/browser';

/** Polls until `read()` returns `expected`; returns how long it took (ms). */
async function waitForValue(
  read: () => Promise<string | null>,
  expected: string,
  timeoutMs = 5_000,
): Promise<number> {
  const started = Date.now();
  let last: string | null = null;
  while (Date.now() - started < timeoutMs) {
    last = await read();
    if (last === expected) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(
    `Expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeoutMs} ms`,
  );
}

/** The first track's fader and its readout on a song page. */
const firstFader = (page: Page): { fader: Locator; readout: Locator } => {
  const strip = page.getByRole('region', { name: /channel$/ }).first();
  return {
    fader: strip.getByRole('slider', { name: /fader$/ }),
    readout: strip.getByTestId('fader-readout'),
  };
};

describe('live mixer, two browsers', () => {
  let server: AppServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let artistContext: BrowserContext;
  let owner: Page;
  let artist: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer({ demo: true }), launchBrowser()]);
    ownerContext = await browser.newContext();
    artistContext = await browser.newContext();
    owner = await ownerContext.newPage();
    artist = await artistContext.newPage();
    const artistAccount = newAccount('Ada Artist');
    await Promise.all([
      signInThroughUi(owner, server.url, DEMO_ACCOUNT),
      signUpThroughUi(artist, server.url, artistAccount),
    ]);
    const { projectId, songId } = await demoSong(ownerContext, server.url);
    await inviteMember(ownerContext, artistContext, server.url, projectId, 'artist');
    await Promise.all([
      owner.goto(`${server.url}/songs/${songId}`),
      artist.goto(`${server.url}/songs/${songId}`),
    ]);
    await Promise.all([
      firstFader(owner).fader.waitFor({ timeout: 20_000 }),
      firstFader(artist).fader.waitFor({ timeout: 20_000 }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the owner a fader move on the artist’s screen within a second', async () => {
    const ownerStrip = firstFader(owner);
    const artistStrip = firstFader(artist);
    expect(await ownerStrip.readout.textContent()).toBe('0.0');
    expect(await artistStrip.readout.textContent()).toBe('0.0');
    // The artist sees the owner in the room, with their role.
    await artist.getByRole('region', { name: 'Who is here' }).getByText('Demo Listener').waitFor();

    await ownerStrip.fader.focus();
    for (let i = 0; i < 3; i++) await owner.keyboard.press('ArrowUp');
    await waitForValue(() => ownerStrip.readout.textContent(), '+3.0', 1_000);
    const seenAfterMs = await waitForValue(() => artistStrip.readout.textContent(), '+3.0', 1_000);
    expect(seenAfterMs).toBeLessThan(1_000);
  });

  it('gives the artist a disabled fader that ignores keys, and changes nothing for the owner', async () => {
    const artistStrip = firstFader(artist);
    await artist.getByText(/Listening as Artist — read-only/).waitFor();
    expect(await artistStrip.fader.getAttribute('aria-disabled')).toBe('true');
    expect(
      await artist
        .getByRole('button', { name: /^Mute / })
        .first()
        .isDisabled(),
    ).toBe(true);

    await artistStrip.fader.focus();
    for (let i = 0; i < 4; i++) await artist.keyboard.press('ArrowDown');
    await artist.keyboard.press('Home');
    await artist.keyboard.press('Control+z');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await artistStrip.readout.textContent()).toBe('+3.0');
    expect(await firstFader(owner).readout.textContent()).toBe('+3.0');
  });

  it('undoes the owner’s move with Ctrl+Z, for both', async () => {
    const ownerStrip = firstFader(owner);
    await ownerStrip.fader.focus();
    await owner.keyboard.press('Control+z');
    await waitForValue(() => ownerStrip.readout.textContent(), '0.0', 1_000);
    await waitForValue(() => firstFader(artist).readout.textContent(), '0.0', 2_000);
    // And redo brings it back.
    await owner.keyboard.press('Control+Shift+z');
    await waitForValue(() => firstFader(artist).readout.textContent(), '+3.0', 2_000);
    await owner.keyboard.press('Control+z');
    await waitForValue(() => firstFader(artist).readout.textContent(), '0.0', 2_000);
  });
});
