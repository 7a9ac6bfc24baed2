import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { activityEvents } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { acceptInvite, createInvite } from '@/lib/projects/invites';
import { changeMemberRole, removeMember } from '@/lib/projects/members';
import { createProject, listMembers, listProjects } from '@/lib/projects/service';
import { codeOf } from '../../support/app-errors';
import { databaseTargets } from '../../support/databases';

describe.each(databaseTargets())('managing project members on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let n = 0;
  const newUser = (name: string) =>
    signUp(handle.db, { email: `${name.toLowerCase()}${++n}@example.com`, name, password: 'password-1' });

  /** A project with an owner and an invited member of `role`. */
  const projectWith = async (role: 'artist' | 'mix_engineer' | 'viewer') => {
    const owner = await newUser('Owner');
    const member = await newUser('Member');
    const project = await createProject(handle.db, owner.id, { name: 'P' });
    const invite = await createInvite(handle.db, owner.id, project.id, { role });
    await acceptInvite(handle.db, member.id, invite.token);
    return { owner, member, projectId: project.id };
  };
  const roles = async (viewer: string, projectId: string) =>
    Object.fromEntries((await listMembers(handle.db, viewer, projectId)).map((m) => [m.name, m.role]));

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  it('lets the owner give a member another role, recorded in the activity feed', async () => {
    const { owner, member, projectId } = await projectWith('artist');
    const result = await changeMemberRole(handle.db, owner.id, projectId, member.id, {
      role: 'mix_engineer',
    });
    expect(result).toEqual({ role: 'mix_engineer', change: { userId: member.id, projectId } });
    expect(await roles(owner.id, projectId)).toEqual({ Owner: 'owner', Member: 'mix_engineer' });
    const feed = await handle.db.select().from(activityEvents).where(eq(activityEvents.projectId, projectId));
    expect(feed.find((e) => e.kind === 'member.role_changed')?.payload).toMatchObject({
      name: 'Member',
      from: 'artist',
      role: 'mix_engineer',
    });
  });

  it('refuses role changes from non-owners, unknown roles and unknown members, saying why', async () => {
    const { owner, member, projectId } = await projectWith('mix_engineer');
    expect(
      await codeOf(changeMemberRole(handle.db, member.id, projectId, owner.id, { role: 'viewer' })),
    ).toBe('forbidden');
    await expect(
      changeMemberRole(handle.db, owner.id, projectId, member.id, { role: 'boss' }),
    ).rejects.toThrow(/role must be one of/);
    const stranger = await newUser('Stranger');
    expect(
      await codeOf(changeMemberRole(handle.db, owner.id, projectId, stranger.id, { role: 'viewer' })),
    ).toBe('not_found');
    expect(await roles(owner.id, projectId)).toEqual({ Owner: 'owner', Member: 'mix_engineer' });
  });

  it('keeps at least one owner: the last one can neither step down nor leave, a second one can', async () => {
    const { owner, member, projectId } = await projectWith('mix_engineer');
    await expect(
      changeMemberRole(handle.db, owner.id, projectId, owner.id, { role: 'viewer' }),
    ).rejects.toThrow(/at least one owner/);
    expect(await codeOf(removeMember(handle.db, owner.id, projectId, owner.id))).toBe('conflict');
    await changeMemberRole(handle.db, owner.id, projectId, member.id, { role: 'owner' });
    await changeMemberRole(handle.db, owner.id, projectId, owner.id, { role: 'viewer' });
    expect(await roles(member.id, projectId)).toEqual({ Owner: 'viewer', Member: 'owner' });
  });

  it('removes a member (owner) or lets a member leave; the project is gone from their list', async () => {
    const { owner, member, projectId } = await projectWith('artist');
    expect(await codeOf(removeMember(handle.db, member.id, projectId, owner.id))).toBe('forbidden');
    await removeMember(handle.db, owner.id, projectId, member.id);
    expect(await listProjects(handle.db, member.id)).toEqual([]);
    expect(await codeOf(removeMember(handle.db, owner.id, projectId, member.id))).toBe('not_found');

    const second = await projectWith('viewer');
    await removeMember(handle.db, second.member.id, second.projectId, second.member.id);
    expect(await roles(second.owner.id, second.projectId)).toEqual({ Owner: 'owner' });
    const kinds = (
      await handle.db.select().from(activityEvents).where(eq(activityEvents.projectId, second.projectId))
    ).map((e) => e.kind);
    expect(kinds).toContain('member.left');
  });
});
