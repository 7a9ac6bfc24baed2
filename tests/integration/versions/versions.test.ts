import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import { versions } from '@/db/schema';
import { initMixDocument, readMix, setTrackGain } from '@/lib/mix';
import { formatMixRoom } from '@/lib/sync/roomName';
import { compareVersions } from '@/lib/versions/compare-versions';
import { getVersion } from '@/lib/versions/get-version';
import { listVersions } from '@/lib/versions/list-versions';
import { restoreVersion } from '@/lib/versions/restore-version';
import { saveVersion } from '@/lib/versions/save-version';
import { databaseTargets } from '../../support/databases';
import { type Docs, depsOf, memoryDocs, projectWithTeam } from './fixtures';

describe.each(databaseTargets())('versions on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let docs: Docs;
  let team: Awaited<ReturnType<typeof projectWithTeam>>;
  let live: Y.Doc;
  let trackId: string;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    docs = memoryDocs();
    team = await projectWithTeam(handle.db, 'v');
    live = docs.doc(formatMixRoom(team.songId));
    initMixDocument(live, [
      { id: 'stem-vocals', name: 'Vocals' },
      { id: 'stem-bass', name: 'Bass' },
    ]);
    trackId = readMix(live).tracks.find((t) => t.name === 'Vocals')!.id;
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  const snapshotOf = async (id: string) => {
    const [row] = await handle.db.select().from(versions).where(eq(versions.id, id));
    return { snapshot: Buffer.from(row!.snapshot).toString('hex'), mix: JSON.stringify(row!.mixState) };
  };

  it('numbers saved versions per song and freezes the mix as it was, even after restore and later edits', async () => {
    const deps = depsOf(handle.db, docs);
    setTrackGain(live, trackId, -3);
    const v1 = await saveVersion(deps, team.members.owner, team.songId, { label: 'First balance' });
    setTrackGain(live, trackId, -1.5);
    const v2 = await saveVersion(deps, team.members.mix_engineer, team.songId, {});
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect(v1.name).toBe('v1');
    expect(v2.label).toBe('Version 2');
    expect(v1.bounce.state).toBe('queued');
    const before1 = await snapshotOf(v1.id);
    const before2 = await snapshotOf(v2.id);

    await restoreVersion(deps, team.members.owner, v1.id);
    expect(readMix(live).tracks.find((t) => t.id === trackId)!.gainDb).toBe(-3);
    setTrackGain(live, trackId, 4);
    await restoreVersion(deps, team.members.mix_engineer, v2.id);
    setTrackGain(live, trackId, -20);

    expect(await snapshotOf(v1.id)).toEqual(before1);
    expect(await snapshotOf(v2.id)).toEqual(before2);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(Buffer.from(before1.snapshot, 'hex')));
    expect(readMix(restored).tracks.find((t) => t.id === trackId)!.gainDb).toBe(-3);
    expect((await getVersion(handle.db, team.members.viewer, v1.id)).mix.tracks[0]!.gainDb).toBe(-3);

    const list = await listVersions(handle.db, team.members.artist, team.songId);
    expect(list.map((v) => v.name)).toEqual(['v2', 'v1']);
  });

  it('refuses at the database level to change a saved snapshot', async () => {
    const [row] = await handle.db.select().from(versions).limit(1);
    await expect(
      handle.db
        .update(versions)
        .set({ snapshot: new Uint8Array([1, 2, 3]) })
        .where(eq(versions.id, row!.id)),
    ).rejects.toThrow();
    await expect(
      handle.db
        .update(versions)
        .set({ mixState: { ...row!.mixState, markers: [], tracks: [] } })
        .where(eq(versions.id, row!.id)),
    ).rejects.toThrow();
    // The bounce columns stay writable: the background bounce fills them in.
    await handle.db.update(versions).set({ bounceProgress: 0 }).where(eq(versions.id, row!.id));
  });

  it('lets only writers save and restore: an artist and a viewer are refused', async () => {
    const deps = depsOf(handle.db, docs);
    await expect(saveVersion(deps, team.members.artist, team.songId, {})).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(saveVersion(deps, team.members.viewer, team.songId, {})).rejects.toMatchObject({
      code: 'forbidden',
    });
    const [v] = await listVersions(handle.db, team.members.owner, team.songId);
    await expect(restoreVersion(deps, team.members.artist, v!.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const stranger = await projectWithTeam(handle.db, 'stranger');
    await expect(listVersions(handle.db, stranger.members.owner, team.songId)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('numbers concurrent saves without gaps or duplicates', async () => {
    const deps = depsOf(handle.db, docs);
    const saved = await Promise.all(
      [1, 2, 3, 4].map(() => saveVersion(deps, team.members.owner, team.songId, { label: 'race' })),
    );
    expect(saved.map((v) => v.number).sort()).toEqual([3, 4, 5, 6]);
  });

  it('describes what changed between two versions in words', async () => {
    const list = await listVersions(handle.db, team.members.owner, team.songId);
    const v1 = list.find((v) => v.number === 1)!;
    const v2 = list.find((v) => v.number === 2)!;
    const diff = await compareVersions(handle.db, team.members.viewer, v1.id, v2.id);
    expect(diff.changes.map((c) => c.text)).toEqual(['Vocals: gain -3.0 → -1.5 dB']);
    expect(diff.loudness).toBeNull();
  });
});
