import { asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import { docSnapshots, docUpdates } from '@/db/schema';
import { initialTrackId, initMixDocument } from '@/lib/mix/initMixDocument';
import { readMix, readTrack } from '@/lib/mix/readMix';
import { setTrackGain, setTrackPan } from '@/lib/mix/writeTrack';
import { CloseCode } from '@/lib/sync/closeCode';
import { createDrizzleUpdateStore } from '@/server/sync/drizzleUpdateStore';
import { createMixInitializer } from '@/server/sync/mixInitializer';
import type { UpdateStore } from '@/server/sync/updateStore';
import { databaseTargets } from '../../support/databases';
import { connectClient, eventually, type TestClient } from '../../support/syncClient';
import { seedSong } from '../../support/syncFixtures';
import { type RunningSyncServer, startSyncServer } from '../../support/syncServer';

/** A mix edited `count` times (fader and pan moves), with every update it emitted. */
function editedMix(count: number, seed = 1) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const stems = ['kick', 'snare', 'bass', 'vox'].map((id) => ({ id, name: id }));
  initMixDocument(doc, stems);
  let x = seed;
  const next = () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    const track = initialTrackId(stems[Math.floor(next() * stems.length)]!.id);
    if (next() < 0.7) setTrackGain(doc, track, Math.round(next() * 300 - 240) / 10);
    else setTrackPan(doc, track, Math.round(next() * 200 - 100) / 100);
  }
  return { doc, updates };
}

/** A document rebuilt from what the store holds. */
async function loadDoc(store: UpdateStore, name: string): Promise<Y.Doc> {
  const stored = await store.load(name);
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

/** Same content: same state vector and delete set (Yjs snapshot), same mix map, same plain mix. */
const expectSameDocument = (actual: Y.Doc, expected: Y.Doc) => {
  expect(Y.equalSnapshots(Y.snapshot(actual), Y.snapshot(expected))).toBe(true);
  expect(actual.getMap('mix').toJSON()).toEqual(expected.getMap('mix').toJSON());
  expect(readMix(actual)).toEqual(readMix(expected));
};

describe.each(databaseTargets())('sync persistence on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let store: UpdateStore;
  let server: RunningSyncServer | undefined;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    store = createDrizzleUpdateStore(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = undefined;
  });

  const rowIds = async (name: string) =>
    (
      await handle.db
        .select({ id: docUpdates.id })
        .from(docUpdates)
        .where(eq(docUpdates.docName, name))
        .orderBy(asc(docUpdates.id))
    ).map((r) => r.id);

  it('stores a batch of updates verbatim, whatever characters the document name holds', async () => {
    const name = `odd "name" with \\ back\\slash, {braces} and 'quotes' ${crypto.randomUUID()}`;
    const updates = [new Uint8Array([0]), new Uint8Array([1, 0, 255, 92, 34]), new Uint8Array(3000).fill(7)];
    await store.append(name, updates);
    const stored = await store.load(name);
    expect(stored.updates.map((u) => [...u])).toEqual(updates.map((u) => [...u]));
    expect(stored.state).toBeNull();
  });

  it('compacts into a snapshot that loads as the identical document and deletes only merged rows', async () => {
    const name = `compaction-${crypto.randomUUID()}`;
    const { doc, updates } = editedMix(700);
    await store.append(name, updates.slice(0, 600));
    const before = await rowIds(name);

    // Appends racing the compaction: whatever it did not read must stay in the log.
    const racing = updates.slice(600).map((u) => store.append(name, [u]));
    const result = await store.compact(name);
    await Promise.all(racing);

    const [snapshot] = await handle.db.select().from(docSnapshots).where(eq(docSnapshots.docName, name));
    const after = await rowIds(name);
    expect(result.mergedRows).toBeGreaterThanOrEqual(600);
    expect(after.length).toBe(updates.length - result.mergedRows);
    expect(after.every((id) => id > snapshot!.lastUpdateId)).toBe(true);
    expect(before.every((id) => !after.includes(id))).toBe(true);
    expectSameDocument(await loadDoc(store, name), doc);

    await store.compact(name);
    expect(await rowIds(name)).toEqual([]);
    expectSameDocument(await loadDoc(store, name), doc);
  });

  // Only PostgreSQL has a second connection that can hold an insert uncommitted while compaction runs.
  if (target.name === 'postgres') {
    it('keeps a row that commits during compaction even though its id is below the snapshot id', async () => {
      const name = `late-commit-${crypto.randomUUID()}`;
      const { doc, updates } = editedMix(20);
      const late = updates.length - 2;
      await store.append(name, updates.slice(0, late));
      // A second connection inserts inside a transaction it has not committed yet: its id is taken now.
      const { rows } = (await handle.db.execute('select current_database() as db')) as unknown as {
        rows?: { db: string }[];
      };
      const dbName =
        rows?.[0]?.db ??
        ((await handle.db.execute('select current_database() as db')) as unknown as { db: string }[])[0]!.db;
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${dbName}`;
      const other = postgres(url.toString(), { max: 1, onnotice: () => {} });
      let commitLate!: () => void;
      const lateTx = other.begin(async (sql) => {
        await sql`insert into doc_updates (doc_name, update) values (${name}, ${Buffer.from(updates[late]!)})`;
        await new Promise<void>((resolve) => {
          commitLate = resolve;
        });
      });
      await eventually(() => commitLate !== undefined);
      await store.append(name, [updates[late + 1]!]);
      const result = await store.compact(name);
      expect(result.mergedRows).toBe(late + 1);
      commitLate();
      await lateTx;
      await other.end();
      expect((await rowIds(name)).length).toBe(1);
      expectSameDocument(await loadDoc(store, name), doc);
    });
  }

  it('compacts a live room past the threshold and again when the last client leaves', async () => {
    server = await startSyncServer({
      db: handle.db,
      initDocument: createMixInitializer(handle.db),
      limits: { compactAfterRows: 50 },
    });
    const song = await seedSong(handle.db, ['owner', 'viewer']);
    const writer = await connectClient(server.url, song.room, song.members.owner!.token);
    const reader = await connectClient(server.url, song.room, song.members.viewer!.token);
    clients.push(writer, reader);
    const track = initialTrackId(song.stems[0]!.id);
    await eventually(() => readTrack(writer.doc, track) !== undefined);
    for (let i = 0; i < 120; i++) setTrackGain(writer.doc, track, -i / 10);
    await eventually(() => readTrack(reader.doc, track)?.gainDb === -11.9, 10_000, 'the last fader move');
    const snapshotRows = () =>
      handle.db.select().from(docSnapshots).where(eq(docSnapshots.docName, song.room));
    for (let i = 0; i < 100 && (await snapshotRows()).length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await snapshotRows()).toHaveLength(1);
    expect(server.sync.loadedRooms()).toEqual([song.room]);

    const expected = readMix(writer.doc);
    for (const client of clients.splice(0)) client.destroy();
    await eventually(() => server!.sync.loadedRooms().length === 0, 10_000, 'the room to unload');
    expect(await rowIds(song.room)).toEqual([]);

    const fresh = await connectClient(server.url, song.room, song.members.viewer!.token);
    clients.push(fresh);
    expect(readMix(fresh.doc)).toEqual(expected);
  });

  it('applies a server change to an unloaded room durably and unloads it again', async () => {
    server = await startSyncServer({ db: handle.db, initDocument: createMixInitializer(handle.db) });
    const song = await seedSong(handle.db, ['owner']);
    const track = initialTrackId(song.stems[1]!.id);
    await server.sync.applyServerChange(song.room, (doc) => {
      setTrackGain(doc, track, -4.5);
    });
    expect(server.sync.loadedRooms()).toEqual([]);
    const stored = await loadDoc(store, song.room);
    expect(readTrack(stored, track)?.gainDb).toBe(-4.5);

    const client = await connectClient(server.url, song.room, song.members.owner!.token);
    clients.push(client);
    expect(readTrack(client.doc, track)?.gainDb).toBe(-4.5);
  });

  it('relays a server change to the clients of a loaded room', async () => {
    server = await startSyncServer({ db: handle.db, initDocument: createMixInitializer(handle.db) });
    const song = await seedSong(handle.db, ['owner']);
    const client = await connectClient(server.url, song.room, song.members.owner!.token);
    clients.push(client);
    const track = initialTrackId(song.stems[0]!.id);
    await server.sync.applyServerChange(song.room, (doc) => {
      setTrackPan(doc, track, 0.25);
    });
    await eventually(() => readTrack(client.doc, track)?.pan === 0.25, 5_000, 'the server change');
  });

  it('flushes and compacts every room on close, closing sockets with GoingAway', async () => {
    server = await startSyncServer({ db: handle.db, initDocument: createMixInitializer(handle.db) });
    const song = await seedSong(handle.db, ['owner']);
    const client = await connectClient(server.url, song.room, song.members.owner!.token);
    clients.push(client);
    const codes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event) codes.push(event.code);
    });
    const track = initialTrackId(song.stems[0]!.id);
    await eventually(() => readTrack(client.doc, track) !== undefined);
    setTrackGain(client.doc, track, 3);
    client.provider.shouldConnect = false;
    await server.close();
    server = undefined;
    // The server resolves once its side of the close handshake is done; the client hears it a moment later.
    await eventually(() => codes.includes(CloseCode.GoingAway), 5_000, 'the GoingAway close');
    expect(await rowIds(song.room)).toEqual([]);
    expect(readTrack(await loadDoc(store, song.room), track)?.gainDb).toBe(3);
  });
});
