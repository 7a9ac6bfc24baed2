/**
 * A sync server as its own process, for the kill -9 durability test:
 *   tsx tests/support/syncServerEntry.ts <pglite-data-dir | postgres-url> [--seed]
 * Prints one JSON line `{ port, seeded? }` once it listens. `--seed` first creates a song with an owner
 * and a viewer and includes their room and tokens in that line.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@/db/client';
import { createSyncServer } from '@/server/sync/createSyncServer';
import { createRequestAuthenticator } from '@/server/sync/requestAuthenticator';
import { silentLog } from '@/server/sync/syncLog';
import { seedSong } from './syncFixtures';

const [target, flag] = process.argv.slice(2);
if (!target) throw new Error('usage: syncServerEntry.ts <pglite-dir | postgres-url> [--seed]');

const handle = await openDatabase(
  target.startsWith('postgres') ? { kind: 'postgres', url: target } : { kind: 'pglite', dataDir: target },
);
const seeded = flag === '--seed' ? await seedSong(handle.db, ['owner', 'mix_engineer']) : undefined;
const sync = createSyncServer({
  db: handle.db,
  authenticate: createRequestAuthenticator({ db: handle.db, sessionSecret: 'entry-secret' }),
  allowedOrigins: [],
  log: silentLog,
});
const server = http.createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port, seeded })}\n`);
});
