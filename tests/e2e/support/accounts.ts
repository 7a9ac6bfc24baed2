import type { BrowserContext, Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

/** The account the server seeds on an empty database (`MIXROOM_DEMO`), owner of the demo song. */
export const DEMO_ACCOUNT: Credentials = { email: 'demo@mixroom.dev', password: 'listen-to-the-mix' };

/** A fresh, unique account for one test run. */
export const newAccount = (name: string): Credentials & { name: string } => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.test`,
  password: 'correct-horse-battery',
});

/** Signs in through the sign-in form and waits until the app has navigated away from it. */
export async function signInThroughUi(page: Page, baseUrl: string, account: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/signin?callbackUrl=%2Fprojects`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/projects');
}

/** Creates an account through the sign-up form (which also signs in) and waits for the redirect. */
export async function signUpThroughUi(
  page: Page,
  baseUrl: string,
  account: Credentials & { name: string },
): Promise<void> {
  await page.goto(`${baseUrl}/signup?callbackUrl=%2Fprojects`);
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel(/^Password/).fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/projects');
}

/**
 * Calls the JSON API as the context's signed-in user (its cookies go along). Throws with the server's
 * answer on a non-2xx status.
 */
export async function apiAs<T>(
  context: BrowserContext,
  baseUrl: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await context.request.fetch(`${baseUrl}${path}`, {
    method,
    data: body,
    headers: { origin: baseUrl },
  });
  if (!response.ok()) throw new Error(`${method} ${path} -> ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The owner invites into a project with `role`; the invitee accepts. Both through the API. */
export async function inviteMember(
  owner: BrowserContext,
  invitee: BrowserContext,
  baseUrl: string,
  projectId: string,
  role: 'mix_engineer' | 'artist' | 'mastering_engineer' | 'viewer',
): Promise<void> {
  const { invite } = await apiAs<{ invite: { token: string } }>(
    owner,
    baseUrl,
    'POST',
    `/api/v1/projects/${projectId}/invites`,
    { role },
  );
  await apiAs(invitee, baseUrl, 'POST', `/api/v1/invites/${invite.token}`);
}

/** The demo project and its one song, as seen by the demo owner. */
export async function demoSong(
  owner: BrowserContext,
  baseUrl: string,
): Promise<{ projectId: string; songId: string }> {
  const { projects } = await apiAs<{ projects: { id: string; name: string }[] }>(
    owner,
    baseUrl,
    'GET',
    '/api/v1/projects',
  );
  const project = projects.find((p) => p.name === 'Demo project') ?? projects[0];
  if (!project) throw new Error('The demo account has no project');
  const { songs } = await apiAs<{ songs: { id: string }[] }>(
    owner,
    baseUrl,
    'GET',
    `/api/v1/projects/${project.id}/songs`,
  );
  if (!songs[0]) throw new Error('The demo project has no song');
  return { projectId: project.id, songId: songs[0].id };
}

/**
 * Creates a song in the demo project and uploads `stems` to it through the API, as the demo owner
 * signed in on `context`. Resolves with the song's id.
 */
export async function songWithStems(
  context: BrowserContext,
  baseUrl: string,
  title: string,
  stems: readonly { fileName: string; bytes: Uint8Array }[],
): Promise<string> {
  const { projectId } = await demoSong(context, baseUrl);
  const { song } = await apiAs<{ song: { id: string } }>(
    context,
    baseUrl,
    'POST',
    `/api/v1/projects/${projectId}/songs`,
    {
      title,
    },
  );
  for (const stem of stems) {
    const upload = await context.request.post(`${baseUrl}/api/v1/songs/${song.id}/stems`, {
      headers: { origin: baseUrl, 'x-file-name': stem.fileName, 'content-type': 'application/octet-stream' },
      data: Buffer.from(stem.bytes),
      timeout: 300_000,
    });
    if (upload.status() !== 201)
      throw new Error(`upload of ${stem.fileName} failed: ${upload.status()} ${await upload.text()}`);
  }
  return song.id;
}
