import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { versions } from '@/db/schema';
import { listActivity } from '@/lib/activity/list-activity';
import { albumView } from '@/lib/album/album-view';
import { decideOnVersion } from '@/lib/approvals/decide';
import { initMixDocument } from '@/lib/mix';
import { createSong } from '@/lib/songs/service';
import { formatMixRoom } from '@/lib/sync/roomName';
import { saveVersion } from '@/lib/versions/save-version';
import { databaseTargets } from '../../support/databases';
import { type Docs, depsOf, memoryDocs, projectWithTeam } from './fixtures';

describe.each(databaseTargets())('album view and activity feed on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let docs: Docs;
  let team: Awaited<ReturnType<typeof projectWithTeam>>;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    docs = memoryDocs();
    team = await projectWithTeam(handle.db, 'al');
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  /** Saves a version and records the loudness its bounce would have measured. */
  const versionAt = async (songId: string, lufs: number) => {
    initMixDocument(docs.doc(formatMixRoom(songId)), [{ id: `stem-${songId}`, name: 'Mix' }]);
    const v = await saveVersion(depsOf(handle.db, docs), team.members.owner, songId, {});
    await handle.db
      .update(versions)
      .set({
        bounceState: 'ready',
        bounceSha256: 'f'.repeat(64),
        loudness: {
          integratedLufs: lufs,
          loudnessRangeLu: 5,
          truePeakDbtp: -1,
          samplePeakDbfs: -1,
          momentaryMaxLufs: null,
          shortTermMaxLufs: null,
        },
      })
      .where(eq(versions.id, v.id));
    return v;
  };

  it('shows each song by its latest approved version (else its latest) and flags songs more than 2 LU from the median', async () => {
    const first = team.songId;
    const second = (await createSong(handle.db, team.members.owner, team.projectId, { title: 'Second' })).id;
    const third = (await createSong(handle.db, team.members.owner, team.projectId, { title: 'Third' })).id;
    await createSong(handle.db, team.members.owner, team.projectId, { title: 'Empty' });
    const approved = await versionAt(first, -14);
    await decideOnVersion({ db: handle.db }, team.members.artist, approved.id, { decision: 'approve' });
    await decideOnVersion({ db: handle.db }, team.members.mix_engineer, approved.id, { decision: 'approve' });
    await versionAt(first, -20); // newer but not approved: the album keeps v1
    await versionAt(second, -14.5);
    await versionAt(third, -9);

    const album = await albumView(handle.db, team.members.viewer, team.projectId);
    expect(album.medianLufs).toBe(-14);
    expect(album.songs.map((s) => [s.title, s.version?.name ?? null, s.integratedLufs, s.outlier])).toEqual([
      ['Song al', 'v1', -14, false],
      ['Second', 'v1', -14.5, false],
      ['Third', 'v1', -9, true],
      ['Empty', null, null, false],
    ]);
    expect(album.songs[2]!.fromMedianLu).toBe(5);
  });

  it('lists the project activity newest first, pages with before, and refuses strangers', async () => {
    const page = await listActivity(handle.db, team.members.viewer, team.projectId, { limit: 3 });
    expect(page.events).toHaveLength(3);
    expect(page.events[0]!.kind).toBe('version.saved');
    expect(page.events[0]!.songTitle).toBe('Third');
    expect(page.nextBefore).not.toBeNull();
    const older = await listActivity(handle.db, team.members.viewer, team.projectId, {
      before: page.nextBefore,
      limit: 200,
    });
    const kinds = older.events.map((e) => e.kind);
    const all = await listActivity(handle.db, team.members.viewer, team.projectId, { limit: 200 });
    expect([...page.events, ...older.events].map((e) => e.id)).toEqual(all.events.map((e) => e.id));
    expect(kinds).toContain('version.approved');
    expect(kinds).toContain('version.decided');
    expect(kinds.at(-1)).toBe('project.created');
    const stranger = await projectWithTeam(handle.db, 'al-stranger');
    await expect(listActivity(handle.db, stranger.members.owner, team.projectId, {})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
