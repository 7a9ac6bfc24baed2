import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { type AppContext, setAppContext } from '@/lib/context';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import type { ServerConfig } from './config';
import { seedDemo } from './demo/seed';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, flushes every room and job, closes the database. */
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** Boots everything in one process: database + migrations, storage, Next, the sync server, jobs. */
export async function startServer(config: ServerConfig, log = console): Promise<RunningServer> {
  const database: DatabaseHandle = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
  const blobs = createLocalBlobStore(path.join(config.dataDir, 'blobs'));

  const ctx: AppContext = {
    db: database.db,
    blobs,
    config: {
      secret: config.secret,
      dataDir: config.dataDir,
      maxUploadBytes: config.maxUploadBytes,
      publicUrl: config.publicUrl,
    },
  };
  setAppContext(ctx);
  // next-auth reads these; trusting the Host header lets localhost, 127.0.0.1 and LAN names all work.
  process.env.NEXTAUTH_SECRET = config.secret;
  if (!config.publicUrl) process.env.AUTH_TRUST_HOST = '1';

  if (config.demo) await seedDemo(ctx, log);

  const app = next({ dev: config.dev, dir: ROOT, hostname: 'localhost', port: config.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgradeNext = config.dev ? app.getUpgradeHandler() : null;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (upgradeNext && req.url?.startsWith('/_next/')) {
      upgradeNext(req, socket, head);
      return;
    }
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await app.close();
        await database.close();
        setAppContext(undefined);
      })();
      return closing;
    },
  };
}
