import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sineWav24 } from '../support/audio-files';
import { apiAs, DEMO_ACCOUNT, newAccount, signUpThroughUi } from './support/accounts';
import { type AppServer, startAppServer } from './support/appServer';
import { launchBrowser } from './support/browser';

const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;

describe('a newcomer builds a team and uploads stems', () => {
  let server: AppServer;
  let browser: Browser;
  let fixtures: string;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startAppServer({ env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) } }),
      launchBrowser(),
    ]);
    fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-e2e-files-'));
    fs.writeFileSync(path.join(fixtures, 'Bass DI.wav'), sineWav24({ seconds: 2.5, freqHz: 55 }));
    fs.writeFileSync(path.join(fixtures, 'notes.wav'), 'this is not audio at all, just text '.repeat(200));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    fs.rmSync(fixtures, { recursive: true, force: true });
  });

  it('lets the demo account in at once, with a song of four stems to listen to', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Listen to the demo' }).click();
    await page.getByRole('form', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/projects');
    await page.getByRole('link', { name: 'Demo project' }).click();
    await page.getByRole('list', { name: 'Songs' }).getByRole('link').first().click();
    const rows = page.getByRole('table', { name: 'Stems' }).locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(4);
    expect(await rows.first().getByTestId('stem-duration').textContent()).toMatch(/^0:3\d\.\d$/);
  });

  it('refuses a wrong password with a clear message', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/signin`);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email').fill(DEMO_ACCOUNT.email);
    await form.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('Wrong email or password');
    expect(new URL(page.url()).pathname).toBe('/signin');
  });

  it('signs up, creates a project and a song, invites an artist, uploads a stem; the artist cannot upload', async () => {
    const owner = newAccount('Olivia Owner');
    const artist = newAccount('Arlo Artist');
    const ownerPage = await newPage();
    await signUpThroughUi(ownerPage, server.url, owner);

    await ownerPage.getByLabel('Project name').fill('Night Drive');
    await ownerPage.getByRole('button', { name: 'Create project' }).click();
    await ownerPage.waitForURL(/\/projects\/[\w-]+$/);
    const projectId = ownerPage.url().split('/').pop()!;
    await ownerPage.getByLabel('Song title').fill('Headlights');
    await ownerPage.getByRole('button', { name: 'Add song' }).click();
    await ownerPage.waitForURL(/\/songs\/[\w-]+$/);
    const songUrl = ownerPage.url();
    const songId = songUrl.split('/').pop()!;

    // Several files at once: one good stem and one file that only pretends to be audio.
    const chooser = ownerPage.waitForEvent('filechooser');
    await ownerPage.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles([path.join(fixtures, 'Bass DI.wav'), path.join(fixtures, 'notes.wav')]);
    const uploads = ownerPage.getByRole('list', { name: 'Uploads' });
    await expect
      .poll(() => uploads.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/notes\.wav: .*(not|no) .*(WAV|audio|recognised|recognized)/i);
    const stems = ownerPage.getByRole('table', { name: 'Stems' });
    await expect.poll(() => stems.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await stems.getByRole('cell', { name: 'Bass DI', exact: true }).count()).toBe(1);
    expect(await stems.getByTestId('stem-duration').textContent()).toBe('0:02.5');
    // The new stem joins the live mix without breaking the mixer or the player.
    await ownerPage.getByRole('region', { name: 'Bass DI channel' }).waitFor({ timeout: 20_000 });
    await ownerPage.waitForTimeout(1500);
    expect(await ownerPage.locator('[aria-label$=" failed"]').count()).toBe(0);

    // Invite an artist by link.
    await ownerPage.goto(`${server.url}/projects/${projectId}`);
    await ownerPage.getByRole('form', { name: 'Invite someone' }).getByLabel('Role').selectOption('artist');
    await ownerPage.getByRole('button', { name: 'Create invite link' }).click();
    const link = await ownerPage.getByLabel('Invite link').inputValue();
    expect(link).toContain('/invite/');

    const artistPage = await newPage();
    await signUpThroughUi(artistPage, server.url, artist);
    await artistPage.goto(link);
    await artistPage.getByRole('button', { name: 'Join the project' }).click();
    await artistPage.waitForURL(`${server.url}/projects/${projectId}`);
    expect(await artistPage.getByRole('list', { name: 'Members' }).textContent()).toContain('Artist');

    // The artist hears the song but cannot upload: no uploader, and the API refuses.
    await artistPage.goto(songUrl);
    expect(await artistPage.getByTestId('stem-duration').textContent()).toBe('0:02.5');
    expect(await artistPage.getByRole('region', { name: 'Upload stems' }).count()).toBe(0);
    const refused = await artistPage
      .context()
      .request.post(`${server.url}/api/v1/songs/${songId}/stems?name=x.wav`, {
        data: fs.readFileSync(path.join(fixtures, 'Bass DI.wav')),
        headers: { origin: server.url, 'content-type': 'application/octet-stream' },
      });
    expect(refused.status()).toBe(403);

    // The link was single-use.
    const third = await newPage();
    await signUpThroughUi(third, server.url, newAccount('Tess Third'));
    await third.goto(link);
    expect(await third.locator('main').getByRole('alert').textContent()).toContain('already been used');

    // A non-member reads nothing of the project, not even the stem file.
    const { stems: listed } = await apiAs<{ stems: { id: string }[] }>(
      ownerPage.context(),
      server.url,
      'GET',
      `/api/v1/songs/${songId}/stems`,
    );
    const outsider = third.context().request;
    expect((await outsider.get(`${server.url}/api/v1/projects/${projectId}/songs`)).status()).toBe(403);
    expect((await outsider.get(`${server.url}/api/v1/stems/${listed[0]!.id}/file`)).status()).toBe(403);

    // A member downloads it as an attachment, byte for byte.
    const download = await artistPage
      .context()
      .request.get(`${server.url}/api/v1/stems/${listed[0]!.id}/file`);
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="Bass DI.wav"/);
    expect(Buffer.compare(await download.body(), fs.readFileSync(path.join(fixtures, 'Bass DI.wav')))).toBe(
      0,
    );

    // An upload above the limit is refused with the limit in the message.
    const big = await ownerPage
      .context()
      .request.post(`${server.url}/api/v1/songs/${songId}/stems?name=big.wav`, {
        data: Buffer.from(sineWav24({ seconds: 12 })),
        headers: { origin: server.url, 'content-type': 'application/octet-stream' },
      });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.message).toContain('3 MiB');

    // The owner changes the artist's role while the artist has the song open: the artist's live mix
    // session ends at once and says why; after a reload the artist is in as a viewer.
    const status = artistPage.getByTestId('connection-status');
    await artistPage.goto(songUrl);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Connected');
    await ownerPage.goto(`${server.url}/projects/${projectId}`);
    await ownerPage.getByLabel(`Role of ${artist.name}`).selectOption('viewer');
    await expect
      .poll(() => status.textContent(), { timeout: 5000 })
      .toContain('role in this project changed');
    await artistPage.reload();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Connected');
    // Then removes them: the session is closed for good, and the project is gone for them.
    ownerPage.once('dialog', (dialog) => void dialog.accept());
    await ownerPage.getByRole('button', { name: `Remove ${artist.name} from the project` }).click();
    await expect
      .poll(() => ownerPage.getByRole('list', { name: 'Members' }).textContent())
      .not.toContain(artist.name);
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain('no longer a member');
    expect((await artistPage.context().request.get(`${server.url}/api/v1/songs/${songId}`)).status()).toBe(
      403,
    );
  });

  it('refuses an invite link that does not exist', async () => {
    const page = await newPage();
    await signUpThroughUi(page, server.url, newAccount('Nora Nobody'));
    await page.goto(`${server.url}/invite/inv_this-is-made-up`);
    expect(await page.locator('main').getByRole('alert').textContent()).toContain('not valid');
  });
});
