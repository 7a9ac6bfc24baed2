/**
 * Sync server benchmark, loopback only, bounded in count and time:
 *   npx tsx --conditions=react-server tests/bench/sync.bench.ts
 * 1. Fan-out latency: 200 rooms × 3 clients (one writer at 20 fader moves/s, two readers) for ~10 s,
 *    p50/p99 from the writer's send to each reader's receipt; our server (PGlite in a temp dir, and
 *    PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) beside the stock
 *    `@y/websocket-server` (no persistence). Each server runs in its own process; clients run here.
 * 2. Cold load of a song whose log holds 100 000 stored updates, before and after compaction.
 * Environment knobs: BENCH_ROOMS, BENCH_SECONDS, BENCH_COLD_UPDATES.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import postgres from 'postgres';
import { WebSocket, WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { memberships, projects, songs, users } from '@/db/schema';
import { createAccessToken } from '@/lib/auth/tokens';
import { initialTrackId, initMixDocument } from '@/lib/mix/initMixDocument';
import { trackMap } from '@/lib/mix/layout';
import { readTrack } from '@/lib/mix/readMix';
import { setTrackGain } from '@/lib/mix/writeTrack';
import { formatMixRoom } from '@/lib/sync/roomName';
import { createSyncServer } from '@/server/sync/createSyncServer';
import { createDrizzleUpdateStore } from '@/server/sync/drizzleUpdateStore';
import { createRequestAuthenticator } from '@/server/sync/requestAuthenticator';
import { silentLog } from '@/server/sync/syncLog';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const COLD_UPDATES = Number(process.env.BENCH_COLD_UPDATES ?? 100_000);
const RATE_HZ = 20;
const WARMUP_MS = 2_000;
const STEM = { id: 'stem-lead', name: 'Lead' };
const TRACK = initialTrackId(STEM.id);
const initDocument = async (doc: Y.Doc) => {
  initMixDocument(doc, [STEM]);
};

type Setup = { port: number; rooms: string[]; writerToken?: string; readerToken?: string };

// ─── server side (child process) ─────────────────────────────────────────────────────────────────

async function seedRooms(handle: DatabaseHandle): Promise<Omit<Setup, 'port'>> {
  const db = handle.db;
  const [owner] = await db
    .insert(users)
    .values({ email: 'w@bench', name: 'Writer', passwordHash: 'x' })
    .returning();
  const [viewer] = await db
    .insert(users)
    .values({ email: 'r@bench', name: 'Reader', passwordHash: 'x' })
    .returning();
  const [project] = await db.insert(projects).values({ name: 'Bench' }).returning();
  await db.insert(memberships).values([
    { projectId: project!.id, userId: owner!.id, role: 'owner' },
    { projectId: project!.id, userId: viewer!.id, role: 'viewer' },
  ]);
  const rows = await db
    .insert(songs)
    .values(Array.from({ length: ROOMS }, (_, i) => ({ projectId: project!.id, title: `Song ${i}` })))
    .returning({ id: songs.id });
  return {
    rooms: rows.map((r) => formatMixRoom(r.id)),
    writerToken: (await createAccessToken(db, owner!.id, 'bench')).token,
    readerToken: (await createAccessToken(db, viewer!.id, 'bench')).token,
  };
}

async function serve(kind: string, target: string): Promise<void> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  let setup: Omit<Setup, 'port'>;
  if (kind === 'stock') {
    const { setupWSConnection } = await import('@y/websocket-server/utils');
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)),
    );
    setup = { rooms: Array.from({ length: ROOMS }, (_, i) => formatMixRoom(`stock-${i}`)) };
  } else {
    const handle = await openDatabase(
      target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
    );
    setup = await seedRooms(handle);
    const sync = createSyncServer({
      db: handle.db,
      authenticate: createRequestAuthenticator({ db: handle.db, sessionSecret: 'bench' }),
      allowedOrigins: [],
      initDocument,
      log: silentLog,
    });
    server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  }
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`${JSON.stringify({ ...setup, port })}\n`);
  });
}

// ─── client side (this process) ──────────────────────────────────────────────────────────────────

function spawnServer(kind: string, target: string): Promise<{ child: ChildProcess; setup: Setup }> {
  // Node with tsx as a loader (not the tsx CLI), so killing `child` kills the server itself.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', import.meta.filename, '--serve', kind, target],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, setup: JSON.parse(line) as Setup }),
    );
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

function connect(port: number, room: string, token: string | undefined): WebsocketProvider {
  return new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, room, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token ? { token } : {},
    disableBc: true,
  });
}

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function fanOut(label: string, kind: string, target: string): Promise<void> {
  const { child, setup } = await spawnServer(kind, target);
  const providers: WebsocketProvider[] = [];
  const latencies: number[] = [];
  let expected = 0;
  let measuring = false;
  const timers: NodeJS.Timeout[] = [];
  try {
    const writers = setup.rooms.map((room) => connect(setup.port, room, setup.writerToken));
    providers.push(...writers);
    await until(() => writers.every((p) => p.synced), 60_000, `${label}: writers to sync`);
    // The stock server has no initDocument: the writer creates the track itself.
    if (kind === 'stock') for (const w of writers) initMixDocument(w.doc, [STEM]);
    // Send time of each fader value per room, and whether it was sent inside the measured window.
    const sent = setup.rooms.map(() => new Map<number, { at: number; measured: boolean }>());
    setup.rooms.forEach((room, r) => {
      for (let k = 0; k < 2; k++) {
        const reader = connect(setup.port, room, setup.readerToken);
        providers.push(reader);
        reader.doc.on('update', () => {
          // The raw field, not readTrack: 400 readers decoding whole tracks would load this process.
          const gain = trackMap(reader.doc, TRACK)?.get('gainDb') as number | null | undefined;
          const move = gain === null || gain === undefined ? undefined : sent[r]!.get(gain);
          if (move?.measured) latencies.push(performance.now() - move.at);
        });
      }
    });
    await until(
      () => providers.every((p) => p.synced && readTrack(p.doc, TRACK) !== undefined),
      60_000,
      `${label}: readers to sync`,
    );
    writers.forEach((writer, r) => {
      let seq = 0;
      const start = setTimeout(
        () => {
          timers.push(
            setInterval(() => {
              seq++;
              const gain = -((seq % 900) + 1) / 10; // unique within a run of < 900 moves per room
              sent[r]!.set(gain, { at: performance.now(), measured: measuring });
              setTrackGain(writer.doc, TRACK, gain);
              if (measuring) expected += 2;
            }, 1000 / RATE_HZ),
          );
        },
        Math.random() * (1000 / RATE_HZ),
      );
      timers.push(start);
    });
    await new Promise((r) => setTimeout(r, WARMUP_MS));
    measuring = true;
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    for (const t of timers) clearInterval(t);
    measuring = false;
    await new Promise((r) => setTimeout(r, 2_000)); // let in-flight moves land
    latencies.sort((a, b) => a - b);
    const sentPerSecond = expected / 2 / SECONDS;
    console.log(
      `${label.padEnd(22)} ${sentPerSecond.toFixed(0)} moves/s sent, deliveries ${latencies.length}/${expected}  ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  ` +
        `max ${(latencies[latencies.length - 1] ?? Number.NaN).toFixed(1)} ms`,
    );
  } finally {
    for (const t of timers) clearInterval(t);
    for (const p of providers) p.destroy();
    child.kill('SIGKILL');
  }
}

async function coldLoad(label: string, handle: DatabaseHandle): Promise<void> {
  const { rooms, writerToken } = await seedRooms(handle);
  const room = rooms[0]!;
  const store = createDrizzleUpdateStore(handle.db);
  // 100 000 fader moves, each its own stored update, as a busy session would leave them.
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  initMixDocument(doc, [STEM]);
  for (let i = 0; updates.length < COLD_UPDATES; i++) setTrackGain(doc, TRACK, -((i % 960) + 1) / 10);
  let t = performance.now();
  for (let i = 0; i < updates.length; i += 10_000) await store.append(room, updates.slice(i, i + 10_000));
  console.log(
    `${label.padEnd(22)} stored ${updates.length} updates in ${(performance.now() - t).toFixed(0)} ms`,
  );

  const sync = createSyncServer({
    db: handle.db,
    authenticate: createRequestAuthenticator({ db: handle.db, sessionSecret: 'bench' }),
    allowedOrigins: [],
    // Compaction at unload only, so the first load really reads 100 000 rows and the second a snapshot.
    limits: { compactAfterRows: Number.MAX_SAFE_INTEGER },
    log: silentLog,
  });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const expectedGain = readTrack(doc, TRACK)?.gainDb;
  for (const phase of ['before compaction', 'after compaction']) {
    t = performance.now();
    const client = connect(port, room, writerToken);
    await until(() => client.synced, 120_000, 'the cold load');
    const ms = performance.now() - t;
    const ok = readTrack(client.doc, TRACK)?.gainDb === expectedGain;
    client.destroy();
    console.log(
      `${label.padEnd(22)} cold load ${phase}: ${ms.toFixed(0)} ms to synced (content ${ok ? 'ok' : 'WRONG'})`,
    );
    t = performance.now();
    await until(() => sync.loadedRooms().length === 0, 120_000, 'the unload');
    if (phase === 'before compaction') {
      console.log(
        `${label.padEnd(22)} unload with compaction of the log: ${(performance.now() - t).toFixed(0)} ms`,
      );
    }
  }
  await sync.close();
  server.close();
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-bench-'));
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const pgDatabases: string[] = [];
  const createPg = async (): Promise<string | null> => {
    if (!pgUrl) return null;
    const name = `mixroom_bench_${process.pid}_${pgDatabases.length}`;
    try {
      const admin = postgres(pgUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      await admin.end();
    } catch (error) {
      console.log(`PostgreSQL not reachable (${(error as Error).message}); skipping it`);
      return null;
    }
    pgDatabases.push(name);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  console.log(`fan-out: ${ROOMS} rooms × 3 clients, writer at ${RATE_HZ} moves/s, ${SECONDS} s measured`);
  try {
    await fanOut('stock y-websocket', 'stock', '-');
    await fanOut('ours, PGlite', 'ours', path.join(tmp, 'fanout'));
    const pgFan = await createPg();
    if (pgFan) await fanOut('ours, PostgreSQL', 'ours', pgFan);

    console.log(`cold load: one song with ${COLD_UPDATES} stored updates`);
    const pglite = await openDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'cold') });
    await coldLoad('PGlite', pglite);
    await pglite.close();
    const pgCold = await createPg();
    if (pgCold) {
      const handle = await openDatabase({ kind: 'postgres', url: pgCold });
      await coldLoad('PostgreSQL', handle);
      await handle.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (pgUrl && pgDatabases.length > 0) {
      const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
      for (const name of pgDatabases) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

// Each WebsocketProvider adds a process 'exit' listener; 600 of them are expected here.
process.setMaxListeners(0);

if (process.argv[2] === '--serve') {
  await serve(process.argv[3]!, process.argv[4]!);
} else {
  await main();
  process.exit(0);
}
