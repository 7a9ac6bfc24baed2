import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import { docUpdates, memberships } from '@/db/schema';
import { createAccessToken, revokeAccessToken } from '@/lib/auth/tokens';
import { initialTrackId } from '@/lib/mix/initMixDocument';
import { readMix, readTrack } from '@/lib/mix/readMix';
import { setTrackGain } from '@/lib/mix/writeTrack';
import { CloseCode } from '@/lib/sync/closeCode';
import { createMixInitializer } from '@/server/sync/mixInitializer';
import { databaseTargets } from '../../support/databases';
import {
  awarenessFrame,
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

const MAX_MESSAGE_BYTES = 64 * 1024;

// One file for the server's behaviour at the socket: opening a PGlite is the slow part, so it happens once.
describe.each(databaseTargets())('sync server on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let server: RunningSyncServer;
  const clients: TestClient[] = [];
  const connect = async (room: string, token: string) => {
    const client = await connectClient(server.url, room, token);
    clients.push(client);
    return client;
  };

  /** Two writers in a fresh song, and proof that a change still travels between them. */
  const roomKeepsWorking = async () => {
    const song = await seedSong(handle.db, ['owner', 'mix_engineer']);
    const a = await connect(song.room, song.members.owner!.token);
    const b = await connect(song.room, song.members.mix_engineer!.token);
    a.doc.getMap('check').set('alive', true);
    await eventually(() => b.doc.getMap('check').get('alive') === true, 5_000, 'a change in another room');
  };

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });
  beforeEach(async () => {
    server = await startSyncServer({
      db: handle.db,
      initDocument: createMixInitializer(handle.db),
      limits: { maxMessageBytes: MAX_MESSAGE_BYTES },
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  describe('access and roles', () => {
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

  describe('access that changes while connected', () => {
    const withoutMember = (projectId: string, userId: string) =>
      handle.db
        .delete(memberships)
        .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));

    it('closes a removed member’s open session with Forbidden, and nobody else’s', async () => {
      const song = await seedSong(handle.db, ['owner', 'mix_engineer']);
      const owner = await connect(song.room, song.members.owner!.token);
      const removed = await openRawSocket(server.url, song.room, song.members.mix_engineer!.token);
      await withoutMember(song.projectId, song.members.mix_engineer!.userId);
      expect(
        await server.sync.revalidate({
          userId: song.members.mix_engineer!.userId,
          projectId: song.projectId,
        }),
      ).toBe(1);
      expect((await removed.closed).code).toBe(CloseCode.Forbidden);
      // A change of someone whose access did not change closes nothing.
      expect(
        await server.sync.revalidate({ userId: song.members.owner!.userId, projectId: song.projectId }),
      ).toBe(0);
      expect(owner.provider.wsconnected).toBe(true);
      expect(
        await probeUpgrade(server.port, `/sync/${song.room}?token=${song.members.mix_engineer!.token}`),
      ).toBe(403);
    });

    it('closes a session whose role changed with RoleChanged; the next one gets the new role', async () => {
      const song = await seedSong(handle.db, ['owner', 'mix_engineer']);
      const owner = await connect(song.room, song.members.owner!.token);
      const engineer = await openRawSocket(server.url, song.room, song.members.mix_engineer!.token);
      await handle.db
        .update(memberships)
        .set({ role: 'artist' })
        .where(
          and(
            eq(memberships.projectId, song.projectId),
            eq(memberships.userId, song.members.mix_engineer!.userId),
          ),
        );
      await server.sync.revalidate({ userId: song.members.mix_engineer!.userId, projectId: song.projectId });
      expect((await engineer.closed).code).toBe(CloseCode.RoleChanged);
      // Back as an artist: connected, but its edits no longer reach anyone.
      const artist = await connect(song.room, song.members.mix_engineer!.token);
      artist.doc.getMap('check').set('from-artist', true);
      owner.doc.getMap('check').set('from-owner', true);
      await eventually(
        () => artist.doc.getMap('check').get('from-owner') === true,
        5_000,
        'the owner’s edit',
      );
      expect(owner.doc.getMap('check').get('from-artist')).toBeUndefined();
    });

    it('closes the sessions of a revoked token with Unauthorized, not those of the same user’s other token', async () => {
      const song = await seedSong(handle.db, ['owner']);
      const user = song.members.owner!;
      const second = await createAccessToken(handle.db, user.userId, 'DAW plug-in');
      const viaFirst = await openRawSocket(server.url, song.room, user.token);
      const viaSecond = await openRawSocket(server.url, song.room, second.token);
      await revokeAccessToken(handle.db, user.userId, second.id);
      expect(await server.sync.revalidate({ userId: user.userId, tokenId: second.id })).toBe(1);
      expect((await viaSecond.closed).code).toBe(CloseCode.Unauthorized);
      await new Promise((r) => setTimeout(r, 100));
      expect(viaFirst.ws.readyState).toBe(viaFirst.ws.OPEN);
      viaFirst.ws.close();
      expect(await probeUpgrade(server.port, `/sync/${song.room}?token=${second.token}`)).toBe(401);
    });
  });

  describe('protocol edges', () => {
    it('overwrites a forged presence identity with the authenticated user and keeps the playhead', async () => {
      const song = await seedSong(handle.db, ['owner', 'viewer']);
      const owner = await connect(song.room, song.members.owner!.token);
      const viewer = await connect(song.room, song.members.viewer!.token);
      viewer.provider.awareness.setLocalState({
        user: { id: song.members.owner!.userId, name: 'The Owner', role: 'owner', color: '#000' },
        playheadSec: 12.5,
        playing: true,
        selectedTrackId: 'trk-1',
      });
      const seen = () => owner.provider.awareness.getStates().get(viewer.doc.clientID);
      await eventually(() => seen()?.playheadSec === 12.5, 5_000, 'the viewer presence');
      expect(seen()).toEqual({
        user: {
          id: song.members.viewer!.userId,
          name: 'viewer',
          role: 'viewer',
          color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        },
        playheadSec: 12.5,
        playing: true,
        selectedTrackId: 'trk-1',
      });
    });

    it('ignores awareness updates for a client id that another connection introduced', async () => {
      const song = await seedSong(handle.db, ['owner', 'mix_engineer', 'viewer']);
      const owner = await connect(song.room, song.members.owner!.token);
      const engineer = await connect(song.room, song.members.mix_engineer!.token);
      owner.provider.awareness.setLocalStateField('playheadSec', 1);
      const ownerSeenByEngineer = () => engineer.provider.awareness.getStates().get(owner.doc.clientID);
      await eventually(() => ownerSeenByEngineer()?.playheadSec === 1);

      const raw = await openRawSocket(server.url, song.room, song.members.viewer!.token);
      raw.ws.send(awarenessFrame(owner.doc.clientID, 1_000, { playheadSec: 99 }));
      raw.ws.send(awarenessFrame(owner.doc.clientID, 1_001, null));
      raw.ws.send(awarenessFrame(424242, 1, { playheadSec: 7 }));
      // The raw socket's own (new) client id goes through, so the forged ones had their turn before it.
      await eventually(() => engineer.provider.awareness.getStates().get(424242)?.playheadSec === 7);
      expect(ownerSeenByEngineer()?.playheadSec).toBe(1);
      expect(engineer.provider.awareness.getStates().get(424242)?.user).toMatchObject({ role: 'viewer' });
      raw.ws.close();
    });

    it('closes a socket that sends a malformed frame with BadMessage while other rooms carry on', async () => {
      const song = await seedSong(handle.db, ['owner']);
      const frames = [
        new Uint8Array([7, 1, 2]), // unknown message type
        new Uint8Array([0, 9, 0]), // unknown sync step
        new Uint8Array([0, 2, 200]), // truncated update
        updateFrame(new Uint8Array([255, 255, 255, 255, 15, 1, 2, 3])), // an update Yjs cannot read
        new Uint8Array([1, 5, 1, 1, 1, 1, 123]), // awareness that is not JSON
      ];
      for (const frame of frames) {
        const raw = await openRawSocket(server.url, song.room, song.members.owner!.token);
        raw.ws.send(frame);
        expect((await raw.closed).code).toBe(CloseCode.BadMessage);
      }
      const text = await openRawSocket(server.url, song.room, song.members.owner!.token);
      text.ws.send('hello');
      expect((await text.closed).code).toBe(CloseCode.BadMessage);
      await roomKeepsWorking();
    });

    it('closes a socket that sends more than the maximum message size with MessageTooBig', async () => {
      const song = await seedSong(handle.db, ['owner']);
      const observer = await connect(song.room, song.members.owner!.token);
      const raw = await openRawSocket(server.url, song.room, song.members.owner!.token);
      const big = new Y.Doc();
      big.getText('t').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES + 1));
      raw.ws.send(updateFrame(Y.encodeStateAsUpdate(big)));
      expect((await raw.closed).code).toBe(CloseCode.MessageTooBig);
      expect(observer.doc.getText('t').length).toBe(0);
      expect(observer.provider.wsconnected).toBe(true);
      await roomKeepsWorking();
    });
  });
});
