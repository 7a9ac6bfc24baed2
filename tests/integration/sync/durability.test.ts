import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, eventually, type TestClient } from '../../support/syncClient';
import type { SeededUser } from '../../support/syncFixtures';
import { killHard, type SyncProcess, spawnSyncProcess } from '../../support/syncProcess';

interface Seed {
  room: string;
  members: Record<'owner' | 'mix_engineer', SeededUser>;
}

/** Where a spawned server keeps its data: a PGlite directory, or a fresh PostgreSQL database. */
interface StorageTarget {
  name: string;
  create(): Promise<{ target: string; drop(): Promise<void> }>;
}

const targets: StorageTarget[] = [
  {
    name: 'pglite',
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-sync-'));
      return { target: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  targets.push({
    name: 'postgres',
    async create() {
      const name = `mixroom_kill_${process.pid}_${Date.now()}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: url.toString(),
        async drop() {
          const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
          await a.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await a.end();
        },
      };
    },
  });
}

describe.each(targets)('sync durability on $name', (storage) => {
  const processes: SyncProcess<unknown>[] = [];
  const clients: TestClient[] = [];
  let drop = async () => {};

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const p of processes.splice(0)) await killHard(p.child);
    await drop();
  });

  it('keeps every change a client saw relayed when the server process is killed with SIGKILL', async () => {
    const created = await storage.create();
    drop = created.drop;
    const first = await spawnSyncProcess<Seed>(created.target, true);
    processes.push(first);
    const { room, members } = first.seeded;
    const writer = await connectClient(first.url, room, members.owner.token);
    const observer = await connectClient(first.url, room, members.mix_engineer.token);
    clients.push(writer, observer);

    // 200 separate transactions: many group-commit batches, the last one written just before the kill.
    const faders = writer.doc.getMap<number>('faders');
    for (let i = 0; i < 200; i++) faders.set(`track-${i % 7}`, i);
    writer.doc.getArray<string>('log').push(['last edit']);
    const seen = observer.doc.getArray<string>('log');
    await eventually(() => seen.length === 1, 10_000, 'the relayed edit');
    await killHard(first.child);
    const expected = observer.doc.getMap<number>('faders').toJSON();
    for (const client of clients.splice(0)) client.destroy();

    const second = await spawnSyncProcess(created.target, false);
    processes.push(second);
    const reader = await connectClient(second.url, room, members.mix_engineer.token);
    clients.push(reader);
    expect(reader.doc.getArray('log').toArray()).toEqual(['last edit']);
    expect(reader.doc.getMap('faders').toJSON()).toEqual(expected);
    expect(expected['track-3']).toBe(199 - ((199 - 3) % 7));
  }, 120_000); // two process starts; a fresh PGlite data directory alone takes seconds to initialise
});
