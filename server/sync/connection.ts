import type { WebSocket } from 'ws';
import { CLOSE_REASONS, CloseCode } from '@/lib/sync/closeCode';
import { presenceColor } from '@/lib/sync/presence';
import type { SyncGrant } from './authorizeUpgrade';
import type { Room, RoomPeer } from './room';
import type { SyncLog } from './syncLog';
import { decodeClientMessage } from './wireMessage';

/** A live socket in a room; `closeWith` is how the server ends it, always with a named code. */
export interface Connection extends RoomPeer {
  readonly grant: SyncGrant;
  closeWith(code: CloseCode): void;
  /** Kills the socket without a close handshake (dead peer, shutdown deadline). */
  terminate(): void;
  /** Sends a keep-alive ping; the pong sets `alive` again. */
  ping(): void;
  /** Calls `listener` once the socket is closed (at once if it already is). */
  onceClosed(listener: () => void): void;
  /** False once a keep-alive ping went unanswered. */
  alive: boolean;
}

const toBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((d) => d instanceof Uint8Array)) return Buffer.concat(data);
  return null;
};

/**
 * Binds an upgraded socket to a room: decodes each frame, enforces the role (a reader's document
 * updates are dropped, whatever it sends) and closes the socket, only this one, on a malformed frame.
 */
export function attachConnection(
  ws: WebSocket,
  room: Room,
  grant: SyncGrant,
  options: { maxBufferedBytes: number; log: SyncLog; onClose(connection: Connection): void },
): Connection {
  const { log } = options;
  const connection: Connection = {
    grant,
    alive: true,
    user: {
      id: grant.user.userId,
      name: grant.user.name,
      role: grant.role,
      color: presenceColor(grant.user.userId),
    },
    send(frame) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > options.maxBufferedBytes) {
        connection.closeWith(CloseCode.SlowConsumer);
        return;
      }
      ws.send(frame, { binary: true });
    },
    closeWith(code) {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, CLOSE_REASONS[code]);
    },
    terminate: () => ws.terminate(),
    ping: () => ws.ping(),
    onceClosed(listener) {
      if (ws.readyState === ws.CLOSED) listener();
      else ws.once('close', listener);
    },
  };

  const refuse = (reason: string): void => {
    log.warn(`sync: closing ${grant.user.userId} in ${room.name}: ${reason}`);
    connection.closeWith(CloseCode.BadMessage);
  };

  ws.on('message', (data, isBinary) => {
    const frame = isBinary ? toBytes(data) : null;
    if (!frame) return refuse('text frame');
    const decoded = decodeClientMessage(frame);
    if (!decoded.ok) return refuse(decoded.reason);
    const message = decoded.message;
    switch (message.type) {
      case 'sync-step-1':
        room.answerSyncStep1(connection, message.stateVector);
        return;
      case 'sync-step-2':
      case 'update':
        // Readers may edit locally (an artist auditioning); the server never applies, stores or relays it.
        if (!grant.canWrite) return;
        try {
          room.applyPeerUpdate(connection, message.update);
        } catch (error) {
          refuse(`unreadable update: ${error instanceof Error ? error.message : String(error)}`);
        }
        return;
      case 'awareness': {
        const dropped = room.applyPeerAwareness(connection, message.entries);
        if (dropped > 0) log.warn(`sync: dropped ${dropped} awareness entr(ies) from ${grant.user.userId}`);
        return;
      }
      case 'query-awareness':
        room.sendAwareness(connection);
        return;
    }
  });
  ws.on('pong', () => {
    connection.alive = true;
  });
  // ws reports oversize frames (closing with 1009 itself) and protocol errors here; without a listener
  // the error would be thrown and take the whole process down.
  ws.on('error', (error) => log.warn(`sync: socket error in ${room.name}: ${error.message}`));
  ws.once('close', () => {
    room.leave(connection);
    options.onClose(connection);
  });
  room.join(connection);
  return connection;
}
