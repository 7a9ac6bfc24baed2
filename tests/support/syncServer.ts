import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@/db/client';
import type { SyncLimits } from '@/lib/sync/limits';
import { createSyncServer, type SyncServer } from '@/server/sync/createSyncServer';
import { createRequestAuthenticator } from '@/server/sync/requestAuthenticator';
import type { InitDocument } from '@/server/sync/roomRegistry';
import { silentLog } from '@/server/sync/syncLog';

/** The origin the test servers accept from browsers. */
export const TEST_ORIGIN = 'http://app.mixroom.test';
export const TEST_SESSION_SECRET = 'sync-test-secret';

export interface RunningSyncServer {
  sync: SyncServer;
  port: number;
  /** Base URL for `new WebsocketProvider(url, room, doc)`. */
  url: string;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, port 0, with the sync server mounted on its upgrade event. */
export async function startSyncServer(options: {
  db: Database;
  initDocument?: InitDocument;
  limits?: Partial<SyncLimits>;
}): Promise<RunningSyncServer> {
  const sync = createSyncServer({
    db: options.db,
    authenticate: createRequestAuthenticator({ db: options.db, sessionSecret: TEST_SESSION_SECRET }),
    allowedOrigins: [TEST_ORIGIN],
    initDocument: options.initDocument,
    limits: options.limits,
    log: process.env.SYNC_TEST_LOG ? console : silentLog,
  });
  const server = http.createServer((_req, res) => {
    res.writeHead(404).end();
  });
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    sync,
    port,
    url: `ws://127.0.0.1:${port}/sync`,
    async close() {
      await sync.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
