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

/** Presses `key` (at most three times, one undo step per press) until `read` shows `expected`. */
async function pressUntil(page: Page, key: string, read: () => Promise<string | null>, expected: string) {
  for (let press = 0; press < 3; press++) {
    await page.keyboard.press(key);
    try {
      await waitForValue(read, expected, 1_500);
      return;
    } catch {
      // Not there yet: that press undid (or redid) one of several steps.
    }
  }
  throw new Error(`Expected ${expected} after three presses of ${key}, got ${await read()}`);
}

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
    // Key presses travel through CDP, which is slow on a loaded box; the clock starts when the owner sees it.
    await waitForValue(() => ownerStrip.readout.textContent(), '+3.0', 5_000);
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
    // Presses more than 500 ms apart (a loaded box) are separate undo steps: undo until the move is gone.
    await pressUntil(owner, 'Control+z', () => ownerStrip.readout.textContent(), '0.0');
    await waitForValue(() => firstFader(artist).readout.textContent(), '0.0', 2_000);
    // And redo brings it back.
    await pressUntil(owner, 'Control+Shift+z', () => ownerStrip.readout.textContent(), '+3.0');
    await waitForValue(() => firstFader(artist).readout.textContent(), '+3.0', 2_000);
    await pressUntil(owner, 'Control+z', () => ownerStrip.readout.textContent(), '0.0');
    await waitForValue(() => firstFader(artist).readout.textContent(), '0.0', 2_000);
  });

  it('keeps working offline, says so, and merges on reconnect', async () => {
    const ownerStrip = firstFader(owner);
    const artistStrip = firstFader(artist);
    const pill = owner.getByTestId('connection-status');
    await ownerContext.setOffline(true);
    try {
      await waitForValue(() => pill.getAttribute('data-state'), 'offline', 3_000);
      await ownerStrip.fader.focus();
      await owner.keyboard.press('ArrowUp');
      await owner.keyboard.press('ArrowUp');
      await waitForValue(() => ownerStrip.readout.textContent(), '+2.0', 5_000);
      expect(await pill.textContent()).toContain('unsynced changes');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await artistStrip.readout.textContent()).toBe('0.0');
    } finally {
      // Back online even when a step above failed, so the next test does not start offline.
      await ownerContext.setOffline(false);
    }
    await waitForValue(() => artistStrip.readout.textContent(), '+2.0', 5_000);
    await waitForValue(() => pill.getAttribute('data-state'), 'connected', 5_000);
    expect(await pill.textContent()).toBe('Connected');
  });

  it('sends a bounded number of updates for a mouse drag and ends on the released value', async () => {
    const strip = owner.getByRole('region', { name: /channel$/ }).nth(1);
    const fader = strip.getByRole('slider', { name: /fader$/ });
    const readout = strip.getByTestId('fader-readout');
    // Count document-update frames the owner's page sends (y-websocket: first varUint 0 = sync message).
    let updateFrames = 0;
    const cdp = await ownerContext.newCDPSession(owner);
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketFrameSent', (event) => {
      const { opcode, payloadData } = event.response;
      if (opcode === 2 && Buffer.from(payloadData, 'base64')[0] === 0) updateFrames++;
    });
    // A 60 Hz-ish drag of 200 pointer moves, dispatched in the page: CDP mouse moves are too slow on a
    // loaded machine to arrive faster than the coalescing interval.
    const moves = 200;
    const dragMs = await fader.evaluate(async (element, count) => {
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y0 = box.top + box.height * 0.28;
      const init = { bubbles: true, pointerId: 7, isPrimary: true, button: 0, clientX: x };
      const started = performance.now();
      element.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: y0, buttons: 1 }));
      for (let i = 1; i <= count; i++) {
        element.dispatchEvent(
          new PointerEvent('pointermove', { ...init, clientY: y0 + i * 0.4, buttons: 1 }),
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      element.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: y0 + count * 0.4 }));
      return performance.now() - started;
    }, moves);
    const finalText = await readout.textContent();
    expect(finalText).not.toBe('0.0');
    await waitForValue(
      () =>
        artist
          .getByRole('region', { name: /channel$/ })
          .nth(1)
          .getByTestId('fader-readout')
          .textContent(),
      finalText ?? '',
      3_000,
    );
    await cdp.detach();
    // At most one update per 50 ms while dragging, plus the leading edge and the flush on release.
    expect(updateFrames).toBeLessThanOrEqual(Math.ceil(dragMs / 50) + 2);
    expect(updateFrames).toBeLessThan(moves / 2);
  });
});
