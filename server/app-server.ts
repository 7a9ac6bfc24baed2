import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { type AppContext, setAppContext } from '@/lib/context';
import { createEventBus } from '@/lib/events/bus';
import { accessTopic, songTopic } from '@/lib/events/topics';
import { ensureTrackForStem } from '@/lib/stems/mix-track';
import { stemChangedEvent } from '@/lib/stems/stem-event';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { formatMixRoom } from '@/lib/sync/roomName';
import { versionEvent } from '@/lib/versions/version-event';
import type { ServerConfig } from './config';
import { seedDemo } from './demo/seed';
import { createAnalysisWorker } from './jobs/analysis-worker';
import { createBounceWorker } from './jobs/bounce-worker';
import { createSyncServer } from './sync/createSyncServer';
import { createMixInitializer } from './sync/mixInitializer';
import { createRequestAuthenticator } from './sync/requestAuthenticator';

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
    events: createEventBus({ onListenerError: (error) => log.error(error) }),
    config: {
      secret: config.secret,
      dataDir: config.dataDir,
      maxUploadBytes: config.maxUploadBytes,
      publicUrl: config.publicUrl,
    },
  };
  const sync = createSyncServer({
    db: database.db,
    authenticate: createRequestAuthenticator({ db: database.db, sessionSecret: config.secret }),
    allowedOrigins: (origin, req) => isOwnOrigin(origin, req.headers.host, config.publicUrl),
    initDocument: createMixInitializer(database.db),
    log,
  });
  ctx.applyDocChange = (room, change) => sync.applyServerChange(room, change);
  ctx.onAccessChanged = async (change) => {
    ctx.events.publish(accessTopic(change.userId), { type: 'access.changed' });
    await sync.revalidate(change);
  };
  const stemChanged = (stem: { id: string; songId: string }) =>
    ctx.events.publish(songTopic(stem.songId), stemChangedEvent(stem.id));
  const analysis = createAnalysisWorker({ db: database.db, blobs, log, onChange: stemChanged });
  const bounces = createBounceWorker({
    db: database.db,
    blobs,
    log,
    onChange: (v) => ctx.events.publish(songTopic(v.songId), versionEvent('version.changed', v.id)),
  });
  ctx.onVersionSaved = () => bounces.wake();
  ctx.onStemStored = async (stem) => {
    stemChanged(stem);
    analysis.wake();
    await sync.applyServerChange(formatMixRoom(stem.songId), (doc) => ensureTrackForStem(doc, stem));
  };
  setAppContext(ctx);
  // next-auth reads these; trusting the Host header lets localhost, 127.0.0.1 and LAN names all work.
  process.env.NEXTAUTH_SECRET = config.secret;
  if (!config.publicUrl) process.env.AUTH_TRUST_HOST = '1';

  if (config.demo) await seedDemo(ctx, log);
  analysis.wake();
  bounces.wake();

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
  // Node closes idle keep-alive sockets after 5 s by default; a client (or proxy) that reuses one at that
  // moment gets ECONNRESET. Outlive the common client/proxy idle timeouts instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('upgrade', (req, socket, head) => {
    if (req.url?.startsWith('/sync/')) {
      sync.handleUpgrade(req, socket, head);
      return;
    }
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
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all([sync.close(), analysis.close(), bounces.close()]);
        server.closeAllConnections();
        await stopped;
        await app.close();
        await database.close();
        setAppContext(undefined);
      })();
      return closing;
    },
  };
}

/** A browser page of this app: same host as the request, or the configured public URL. */
function isOwnOrigin(origin: string, host: string | undefined, publicUrl: string | null): boolean {
  try {
    const url = new URL(origin);
    if (host && url.host === host) return true;
    return publicUrl !== null && url.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
