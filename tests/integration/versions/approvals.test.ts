import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { activityEvents } from '@/db/schema';
import { decideOnVersion } from '@/lib/approvals/decide';
import { listDecisions } from '@/lib/approvals/list-decisions';
import { setRequiredApprovalRoles } from '@/lib/approvals/required-roles';
import { initMixDocument } from '@/lib/mix';
import { formatMixRoom } from '@/lib/sync/roomName';
import { saveVersion } from '@/lib/versions/save-version';
import { databaseTargets } from '../../support/databases';
import { type Docs, depsOf, memoryDocs, projectWithTeam } from './fixtures';

describe.each(databaseTargets())('approvals on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let docs: Docs;
  let team: Awaited<ReturnType<typeof projectWithTeam>>;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    docs = memoryDocs();
    team = await projectWithTeam(handle.db, 'a');
    initMixDocument(docs.doc(formatMixRoom(team.songId)), [{ id: 'stem-1', name: 'Drums' }]);
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  const save = () => saveVersion(depsOf(handle.db, docs), team.members.owner, team.songId, {});
  const decide = (user: string, versionId: string, decision: string, comment = '') =>
    decideOnVersion({ db: handle.db }, user, versionId, { decision, comment });

  it('refuses a viewer and a stranger, and refuses a decision that is neither approve nor request_changes', async () => {
    const v = await save();
    await expect(decide(team.members.viewer, v.id, 'approve')).rejects.toMatchObject({ code: 'forbidden' });
    const stranger = await projectWithTeam(handle.db, 'stranger');
    await expect(decide(stranger.members.artist, v.id, 'approve')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(decide(team.members.artist, v.id, 'maybe')).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('counts only the latest decision per user and approves once every required role approves', async () => {
    const v = await save();
    let s = await decide(team.members.artist, v.id, 'request_changes', 'Vocals too low');
    expect(s.approved).toBe(false);
    expect(s.approvals.changesRequestedBy).toEqual(['artist']);
    s = await decide(team.members.mix_engineer, v.id, 'approve', 'Sounds right');
    expect(s.approved).toBe(false);
    expect(s.approvals.waitingFor).toEqual(['artist']);
    // Approvals from roles that are not required do not make up for a missing one.
    s = await decide(team.members.mastering_engineer, v.id, 'approve');
    s = await decide(team.members.owner, v.id, 'approve');
    expect(s.approved).toBe(false);
    s = await decide(team.members.artist, v.id, 'approve', 'Better now');
    expect(s.approved).toBe(true);
    expect(s.approvedAt).not.toBeNull();
    expect(s.approvals.latest.find((d) => d.role === 'artist')).toMatchObject({
      decision: 'approve',
      comment: 'Better now',
    });
    const history = await listDecisions(handle.db, team.members.viewer, v.id);
    expect(history.map((d) => [d.role, d.decision])).toEqual([
      ['artist', 'request_changes'],
      ['mix_engineer', 'approve'],
      ['mastering_engineer', 'approve'],
      ['owner', 'approve'],
      ['artist', 'approve'],
    ]);
    const events = await handle.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.projectId, team.projectId));
    expect(events.filter((e) => e.kind === 'version.approved')).toHaveLength(1);
  });

  it('locks an approved version: later decisions are refused and nothing is recorded', async () => {
    const v = await save();
    await decide(team.members.artist, v.id, 'approve');
    await decide(team.members.mix_engineer, v.id, 'approve');
    await expect(decide(team.members.artist, v.id, 'request_changes', 'Wait')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await listDecisions(handle.db, team.members.owner, v.id)).toHaveLength(2);
  });

  it('lets only the owner change which roles must approve, and uses the new rule for the next decision', async () => {
    await expect(
      setRequiredApprovalRoles(handle.db, team.members.mix_engineer, team.projectId, { roles: ['artist'] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await setRequiredApprovalRoles(handle.db, team.members.owner, team.projectId, { roles: ['artist'] });
    const v = await save();
    expect((await decide(team.members.artist, v.id, 'approve')).approved).toBe(true);
    await setRequiredApprovalRoles(handle.db, team.members.owner, team.projectId, {
      roles: ['artist', 'mix_engineer'],
    });
  });
});
