/** Bounds the sync server enforces; every one can be overridden in `createSyncServer({ limits })`. */
export interface SyncLimits {
  /** Largest frame accepted, in bytes; a bigger one closes the socket with `CloseCode.MessageTooBig`. */
  maxMessageBytes: number;
  /** Awareness client ids one connection may introduce (one per tab is normal; a few allows reloads). */
  maxAwarenessClientsPerConnection: number;
  /** Bytes waiting in one socket's send buffer before the server gives up on it (`CloseCode.SlowConsumer`). */
  maxBufferedBytes: number;
  /** Log rows of one document after which it is compacted into its snapshot. */
  compactAfterRows: number;
  /** Interval of the keep-alive ping; a socket that did not answer the previous ping is closed. */
  pingIntervalMs: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxMessageBytes: 1024 * 1024,
  maxAwarenessClientsPerConnection: 8,
  maxBufferedBytes: 16 * 1024 * 1024,
  compactAfterRows: 500,
  pingIntervalMs: 30_000,
};
