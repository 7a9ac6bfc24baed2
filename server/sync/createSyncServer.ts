import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import type { Database } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { CloseCode } from '@/lib/sync/closeCode';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from '@/lib/sync/limits';
import { parseRoomName } from '@/lib/sync/roomName';
import { type AllowedOrigins, type Authenticate, authorizeUpgrade } from './authorizeUpgrade';
import { CommitQueue } from './commitQueue';
import { attachConnection, type Connection } from './connection';
import { createDrizzleUpdateStore } from './drizzleUpdateStore';
import { rejectUpgrade } from './rejectUpgrade';
import { type InitDocument, RoomRegistry } from './roomRegistry';
import { findSongAccess } from './songAccess';
import type { SyncLog } from './syncLog';
import type { UpdateStore } from './updateStore';

export interface SyncServerDeps {
  db: Database;
  /** Who the upgrade request is (session cookie or `?token=`); null refuses it with 401. */
  authenticate: Authenticate;
  /** Browser origins allowed to connect; requests without an Origin header are not browsers and pass. */
  allowedOrigins: AllowedOrigins;
  /** Fills a document loaded empty (for a mix: one track per stem); its changes are stored like any update. */
  initDocument?: InitDocument;
  limits?: Partial<SyncLimits>;
  log?: SyncLog;
  /** Storage of the update log; defaults to `doc_updates`/`doc_snapshots` through `db`. */
  store?: UpdateStore;
}

export interface SyncServer {
  /** Handles an HTTP upgrade for `/sync/<room>`: authorises, then upgrades or answers 401/403/404. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Changes a room's document from the server (loaded or not); resolves once stored and relayed. */
  applyServerChange(room: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** Names of the rooms currently in memory. */
  loadedRooms(): string[];
  /**
   * Someone's access changed: closes their open connections that lost it (Forbidden), whose role
   * changed (RoleChanged), or that used a revoked token (Unauthorized). Resolves with how many closed.
   */
  revalidate(change: { userId: string; projectId?: string; tokenId?: string }): Promise<number>;
  /** Refuses new connections, closes sockets with `CloseCode.GoingAway`, flushes and compacts every room. */
  close(): Promise<void>;
}

/** Time a socket gets to finish its close handshake at shutdown before it is terminated. */
const CLOSE_GRACE_MS = 2_000;

/** Creates the y-websocket sync server; mount `handleUpgrade` on the HTTP server's `upgrade` event. */
export function createSyncServer(deps: SyncServerDeps): SyncServer {
  const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, ...deps.limits };
  const log: SyncLog = deps.log ?? console;
  const store = deps.store ?? createDrizzleUpdateStore(deps.db);
  const commits = new CommitQueue(store, log);
  const registry = new RoomRegistry({ store, commits, limits, log, initDocument: deps.initDocument });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
  });
  const connections = new Set<Connection>();
  let closing = false;

  const keepAlive = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }, limits.pingIntervalMs);
  keepAlive.unref();

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // The client may hang up while we authenticate; that must not become an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    if (closing) return rejectUpgrade(socket, 503);
    const decision = await authorizeUpgrade(req, deps);
    if (!decision.ok) return rejectUpgrade(socket, decision.status);
    const { grant } = decision;
    const room = await registry.acquire(grant.room.name, grant.room.ref.songId);
    let attached = false;
    const releaseUnlessAttached = () => {
      if (!attached) void registry.release(room);
    };
    if (socket.destroyed || closing) return releaseUnlessAttached();
    // ws aborts bad handshakes (wrong method, missing key) without calling back: release on close then.
    socket.once('close', releaseUnlessAttached);
    wss.handleUpgrade(req, socket, head, (ws) => {
      attached = true;
      socket.off('close', releaseUnlessAttached);
      const connection = attachConnection(ws, room, grant, {
        maxBufferedBytes: limits.maxBufferedBytes,
        log,
        onClose(c) {
          connections.delete(c);
          void registry.release(room);
        },
      });
      connections.add(connection);
      if (closing) connection.closeWith(CloseCode.GoingAway);
    });
  }

  return {
    handleUpgrade(req, socket, head) {
      upgrade(req, socket, head).catch((error: unknown) => {
        log.error('sync: upgrade failed', error);
        rejectUpgrade(socket, 500);
      });
    },

    async applyServerChange(roomName, change) {
      if (closing) throw new Error('sync server is closing');
      const ref = parseRoomName(roomName);
      if (!ref) throw new Error(`not a room name: ${JSON.stringify(roomName)}`);
      const room = await registry.acquire(roomName, ref.songId);
      try {
        await room.applyServerChange(change);
      } finally {
        // If nobody else holds the room this unloads it (flush, compaction) before resolving.
        await registry.release(room);
      }
    },

    loadedRooms: () => registry.loadedRooms,

    async revalidate(change) {
      let closed = 0;
      // A user often has several connections to one song (tabs): look each song up once.
      const accessBySong = new Map<string, ReturnType<typeof findSongAccess>>();
      for (const connection of [...connections]) {
        const { grant } = connection;
        if (grant.user.userId !== change.userId) continue;
        if (change.tokenId !== undefined) {
          if (grant.user.tokenId === change.tokenId) {
            connection.closeWith(CloseCode.Unauthorized);
            closed += 1;
          }
          continue;
        }
        const { songId } = grant.room.ref;
        if (!accessBySong.has(songId))
          accessBySong.set(songId, findSongAccess(deps.db, songId, change.userId));
        const access = await accessBySong.get(songId)!;
        if (
          access.kind === 'song' &&
          change.projectId !== undefined &&
          access.projectId !== change.projectId
        ) {
          continue;
        }
        const role = access.kind === 'song' ? access.role : null;
        if (role === null || !can(role, 'mix.read')) connection.closeWith(CloseCode.Forbidden);
        else if (role !== grant.role) connection.closeWith(CloseCode.RoleChanged);
        else continue;
        log.warn(
          `sync: closed ${change.userId} in ${grant.room.name}: access changed (now ${role ?? 'none'})`,
        );
        closed += 1;
      }
      return closed;
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(keepAlive);
      const closed = [...connections].map(
        (c) =>
          new Promise<void>((resolve) => {
            c.onceClosed(resolve);
            c.closeWith(CloseCode.GoingAway);
          }),
      );
      const deadline = setTimeout(() => {
        for (const c of connections) c.terminate();
      }, CLOSE_GRACE_MS);
      await Promise.all(closed);
      clearTimeout(deadline);
      // Each released room flushes its updates and compacts before it unloads.
      await registry.whenEmpty();
      await commits.close();
      wss.close();
    },
  };
}
