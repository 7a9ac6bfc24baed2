import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { authenticateWithPassword, signUp } from '@/lib/accounts/service';
import { FREE_FAILURES } from '@/lib/auth/throttle';
import { createAccessToken, listAccessTokens, revokeAccessToken, verifyAccessToken } from '@/lib/auth/tokens';
import { codeOf } from '../../support/app-errors';
import { databaseTargets } from '../../support/databases';

describe.each(databaseTargets())('accounts on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, drop } = await target.open());
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  it('signs up with a normalised email and signs in with the password', async () => {
    const user = await signUp(handle.db, {
      email: ' Mia@Example.COM ',
      name: 'Mia',
      password: 'correct horse',
    });
    expect(user.email).toBe('mia@example.com');
    const signedIn = await authenticateWithPassword(handle.db, 'MIA@example.com', 'correct horse');
    expect(signedIn.id).toBe(user.id);
  });

  it('refuses a second account with the same email', async () => {
    await signUp(handle.db, { email: 'dup@example.com', name: 'A', password: 'password-1' });
    expect(
      await codeOf(signUp(handle.db, { email: 'DUP@example.com', name: 'B', password: 'password-2' })),
    ).toBe('conflict');
  });

  it('refuses a short password and a malformed email with a readable message', async () => {
    await expect(signUp(handle.db, { email: 'x@example.com', name: 'X', password: 'short' })).rejects.toThrow(
      /at least 8 characters/,
    );
    await expect(
      signUp(handle.db, { email: 'not-an-email', name: 'X', password: 'long enough' }),
    ).rejects.toThrow(/valid email/);
  });

  it('refuses a wrong password, and after repeated failures refuses even the right one for a while', async () => {
    await signUp(handle.db, { email: 'lee@example.com', name: 'Lee', password: 'the right one' });
    expect(await codeOf(authenticateWithPassword(handle.db, 'lee@example.com', 'wrong'))).toBe(
      'unauthorized',
    );
    for (let i = 1; i < FREE_FAILURES; i++)
      await codeOf(authenticateWithPassword(handle.db, 'lee@example.com', 'wrong'));
    const locked = authenticateWithPassword(handle.db, 'lee@example.com', 'the right one');
    await expect(locked).rejects.toThrow(/Too many failed sign-ins/);
  });

  it('issues access tokens that verify until they are revoked, storing only their hash', async () => {
    const user = await signUp(handle.db, { email: 'tok@example.com', name: 'Tok', password: 'password-1' });
    const created = await createAccessToken(handle.db, user.id, 'script');
    expect(created.token).toMatch(/^mxr_pat_/);
    expect((await verifyAccessToken(handle.db, created.token))?.userId).toBe(user.id);
    const listed = await listAccessTokens(handle.db, user.id);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await revokeAccessToken(handle.db, user.id, created.id);
    expect(await verifyAccessToken(handle.db, created.token)).toBeNull();
    expect(await verifyAccessToken(handle.db, 'mxr_pat_forged')).toBeNull();
  });
});
