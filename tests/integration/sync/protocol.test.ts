import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import { CloseCode } from '@/lib/sync/closeCode';
import { databaseTargets } from '../../support/databases';
import {
  awarenessFrame,
  connectClient,
  eventually,
  openRawSocket,
  type TestClient,
  updateFrame,
} from '../../support/syncClient';
import { seedSong } from '../../support/syncFixtures';
import { type RunningSyncServer, startSyncServer } from '../../support/syncServer';

const MAX_MESSAGE_BYTES = 64 * 1024;

describe.each(databaseTargets())('sync protocol edges on $name', (target) => {
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
    server = await startSyncServer({ db: handle.db, limits: { maxMessageBytes: MAX_MESSAGE_BYTES } });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

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
