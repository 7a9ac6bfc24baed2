import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { initialTrackId } from '@/lib/mix/initMixDocument';
import { readMix, readTrack } from '@/lib/mix/readMix';
import { setTrackGain } from '@/lib/mix/writeTrack';
import { createMixInitializer } from '@/server/sync/mixInitializer';
import { databaseTargets } from '../../support/databases';
import {
  connectClient,
  eventually,
  openRawSocket,
  probeUpgrade,
  syncStep1Frame,
  type TestClient,
  updateFrame,
} from '../../support/syncClient';
import { seedSong } from '../../support/syncFixtures';
import { type RunningSyncServer, startSyncServer, TEST_ORIGIN } from '../../support/syncServer';

describe.each(databaseTargets())('sync access and roles on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let server: RunningSyncServer;
  const clients: TestClient[] = [];
  const connect = async (room: string, token: string) => {
    const client = await connectClient(server.url, room, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });
  beforeEach(async () => {
    server = await startSyncServer({ db: handle.db, initDocument: createMixInitializer(handle.db) });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses an upgrade without credentials with 401 and loads nothing', async () => {
    const song = await seedSong(handle.db, ['owner']);
    expect(await probeUpgrade(server.port, `/sync/${song.room}`)).toBe(401);
    expect(await probeUpgrade(server.port, `/sync/${song.room}?token=mxr_pat_forged`)).toBe(401);
    expect(server.sync.loadedRooms()).toEqual([]);
  });

  it('refuses a user who is not a member of the song project with 403', async () => {
    const song = await seedSong(handle.db, ['owner']);
    const status = await probeUpgrade(server.port, `/sync/${song.room}?token=${song.outsider.token}`);
    expect(status).toBe(403);
    expect(server.sync.loadedRooms()).toEqual([]);
  });

  it('refuses a browser from a foreign origin with 403 but accepts our origin and no origin', async () => {
    const song = await seedSong(handle.db, ['owner']);
    const path = `/sync/${song.room}?token=${song.members.owner!.token}`;
    expect(await probeUpgrade(server.port, path, { Origin: 'https://evil.example' })).toBe(403);
    expect(server.sync.loadedRooms()).toEqual([]);
    expect(await probeUpgrade(server.port, path, { Origin: TEST_ORIGIN })).toBe(101);
    expect(await probeUpgrade(server.port, path)).toBe(101);
  });

  it('answers 404 for an unknown song or a malformed room name', async () => {
    const song = await seedSong(handle.db, ['owner']);
    const token = song.members.owner!.token;
    expect(await probeUpgrade(server.port, `/sync/songs/no-such-song/mix?token=${token}`)).toBe(404);
    expect(await probeUpgrade(server.port, `/sync/projects/${song.projectId}?token=${token}`)).toBe(404);
    expect(server.sync.loadedRooms()).toEqual([]);
  });

  it('initialises an empty mix with one track per stem and relays a writer fader move to a reader', async () => {
    const song = await seedSong(handle.db, ['mix_engineer', 'artist']);
    const engineer = await connect(song.room, song.members.mix_engineer!.token);
    const artist = await connect(song.room, song.members.artist!.token);
    expect(
      readMix(engineer.doc)
        .tracks.map((t) => t.stemId)
        .sort(),
    ).toEqual(song.stems.map((s) => s.id).sort());

    const trackId = initialTrackId(song.stems[0]!.id);
    expect(setTrackGain(engineer.doc, trackId, -6.5).ok).toBe(true);
    await eventually(() => readTrack(artist.doc, trackId)?.gainDb === -6.5, 5_000, 'the fader move');
    expect(readMix(artist.doc)).toEqual(readMix(engineer.doc));
  });

  it('never applies, stores or relays a read-only member update, even a forged raw frame', async () => {
    const song = await seedSong(handle.db, ['owner', 'viewer', 'artist']);
    const owner = await connect(song.room, song.members.owner!.token);
    const trackId = initialTrackId(song.stems[0]!.id);
    await eventually(() => readTrack(owner.doc, trackId) !== undefined, 5_000, 'the initial tracks');
    const rowsBefore = await handle.db.select().from(docUpdates).where(eq(docUpdates.docName, song.room));

    // The artist edits through the stock client: the local change stays local.
    const artist = await connect(song.room, song.members.artist!.token);
    setTrackGain(artist.doc, trackId, -20);

    // The viewer forges a document update built on the current state and sends it as a raw frame.
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(owner.doc));
    const before = Y.encodeStateVector(forger);
    setTrackGain(forger, trackId, 9);
    forger.getMap('forged').set('by', 'viewer');
    const raw = await openRawSocket(server.url, song.room, song.members.viewer!.token);
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(forger, before)));
    // Frames of one socket are handled in order: once the answer to this step 1 is back, the forged
    // update has been through the server.
    raw.ws.send(syncStep1Frame(new Y.Doc()));
    await eventually(() => raw.frames.some((f) => f[0] === 0 && f[1] === 1), 5_000, 'the step 2 answer');

    // A writer change sent afterwards arrives, proving the earlier frames had their chance to arrive.
    setTrackGain(owner.doc, initialTrackId(song.stems[1]!.id), -3);
    const watcher = await connect(song.room, song.members.owner!.token);
    await eventually(() => readTrack(watcher.doc, initialTrackId(song.stems[1]!.id))?.gainDb === -3);
    expect(readTrack(watcher.doc, trackId)?.gainDb).toBe(0);
    expect(readTrack(owner.doc, trackId)?.gainDb).toBe(0);
    expect(watcher.doc.getMap('forged').size).toBe(0);
    expect(owner.doc.getMap('forged').size).toBe(0);

    const rowsAfter = await handle.db.select().from(docUpdates).where(eq(docUpdates.docName, song.room));
    const stored = new Y.Doc();
    for (const row of rowsAfter) Y.applyUpdate(stored, row.update);
    expect(rowsAfter.length).toBe(rowsBefore.length + 1);
    expect(stored.getMap('forged').size).toBe(0);
    expect(readTrack(stored, trackId)?.gainDb).toBe(0);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    raw.ws.close();
  });
});
