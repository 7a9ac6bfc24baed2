import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { invites } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { acceptInvite, createInvite, describeInvite } from '@/lib/projects/invites';
import { createProject, listMembers, listProjects } from '@/lib/projects/service';
import { createSong, listSongs } from '@/lib/songs/service';
import { codeOf } from '../../support/app-errors';
import { databaseTargets } from '../../support/databases';

describe.each(databaseTargets())('projects, roles and invites on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let n = 0;
  const newUser = (name: string) =>
    signUp(handle.db, { email: `${name.toLowerCase()}${++n}@example.com`, name, password: 'password-1' });

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  it('makes the creator the owner and lists the project with that role', async () => {
    const owner = await newUser('Olive');
    const project = await createProject(handle.db, owner.id, { name: 'Night Drive', kind: 'album' });
    expect(await listProjects(handle.db, owner.id)).toEqual([
      { id: project.id, name: 'Night Drive', kind: 'album', role: 'owner' },
    ]);
  });

  it('lets an invited user join as artist once; the link cannot be used again', async () => {
    const owner = await newUser('Owner');
    const artist = await newUser('Artist');
    const other = await newUser('Other');
    const project = await createProject(handle.db, owner.id, { name: 'P' });
    const invite = await createInvite(handle.db, owner.id, project.id, { role: 'artist' });
    expect((await describeInvite(handle.db, invite.token)).role).toBe('artist');
    expect(await acceptInvite(handle.db, artist.id, invite.token)).toEqual({
      projectId: project.id,
      role: 'artist',
    });
    expect((await listMembers(handle.db, owner.id, project.id)).map((m) => m.role).sort()).toEqual([
      'artist',
      'owner',
    ]);
    expect(await codeOf(acceptInvite(handle.db, other.id, invite.token))).toBe('gone');
  });

  it('refuses a made-up invite token and an expired one', async () => {
    const owner = await newUser('Owner');
    const guest = await newUser('Guest');
    const project = await createProject(handle.db, owner.id, { name: 'P' });
    expect(await codeOf(acceptInvite(handle.db, guest.id, 'inv_made-up'))).toBe('not_found');
    const invite = await createInvite(handle.db, owner.id, project.id, { role: 'viewer', expiresInDays: 1 });
    await handle.db.update(invites).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await codeOf(acceptInvite(handle.db, guest.id, invite.token))).toBe('gone');
  });

  it('refuses non-members, and members whose role does not allow the action', async () => {
    const owner = await newUser('Owner');
    const stranger = await newUser('Stranger');
    const artist = await newUser('Artist');
    const project = await createProject(handle.db, owner.id, { name: 'P' });
    const invite = await createInvite(handle.db, owner.id, project.id, { role: 'artist' });
    await acceptInvite(handle.db, artist.id, invite.token);
    expect(await codeOf(listSongs(handle.db, stranger.id, project.id))).toBe('forbidden');
    expect(await codeOf(createSong(handle.db, stranger.id, project.id, { title: 'x' }))).toBe('forbidden');
    expect(await codeOf(createSong(handle.db, artist.id, project.id, { title: 'x' }))).toBe('forbidden');
    expect(await codeOf(createInvite(handle.db, artist.id, project.id, { role: 'viewer' }))).toBe(
      'forbidden',
    );
    expect(await codeOf(createInvite(handle.db, owner.id, project.id, { role: 'owner' }))).toBe(
      'bad_request',
    );
    await createSong(handle.db, owner.id, project.id, { title: 'Song 1' });
    expect((await listSongs(handle.db, artist.id, project.id)).map((s) => s.title)).toEqual(['Song 1']);
  });
});
