import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** Statuses the upgrade handler answers with instead of switching protocols. */
export type UpgradeRefusal = 401 | 403 | 404 | 500 | 503;

/** Writes a plain HTTP response on the raw socket and closes it: no upgrade happens. */
export function rejectUpgrade(socket: Duplex, status: UpgradeRefusal): void {
  if (socket.destroyed) return;
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  );
  // end() flushes the response; destroy soon after so a client that never reads cannot hold the socket.
  setTimeout(() => socket.destroy(), 1_000).unref();
}
