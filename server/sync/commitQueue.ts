import type { SyncLog } from './syncLog';
import type { UpdateRow, UpdateStore } from './updateStore';

interface Waiting {
  row: UpdateRow;
  resolve(): void;
  reject(error: unknown): void;
}

const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 5_000;

/**
 * Group commit for the whole server: at most one write is in flight; everything that arrives while it
 * runs, from any room, goes into the next single multi-row insert. Under load batches grow instead of
 * transactions multiplying, and each `enqueue` resolves only once its row is durable.
 */
export class CommitQueue {
  private waiting: Waiting[] = [];
  private inFlight: Promise<void> | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly store: UpdateStore,
    private readonly log: SyncLog,
  ) {}

  /** Queues one update; resolves once it is stored, rejects only if the queue is closed before that. */
  enqueue(doc: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('commit queue is closed'));
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row: { doc, update }, resolve, reject });
      this.kick();
    });
  }

  /**
   * Writes what is queued (one last attempt if the store is failing), then refuses new work; what still
   * could not be written is rejected. Call it after every room has unloaded.
   */
  async close(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.inFlight) await this.inFlight;
    this.closed = true; // from here a failed write is not retried
    if (this.waiting.length > 0) await this.write();
    const lost = this.waiting.splice(0);
    for (const w of lost) w.reject(new Error('commit queue closed before the update was stored'));
  }

  private kick(): void {
    if (this.inFlight || this.retryTimer || this.waiting.length === 0) return;
    this.inFlight = this.write().finally(() => {
      this.inFlight = null;
      this.kick();
    });
  }

  private async write(): Promise<void> {
    const batch = this.waiting.splice(0);
    try {
      await this.store.appendRows(batch.map((w) => w.row));
    } catch (error) {
      // Not stored means not acknowledged: keep the batch first in line and try again with back-off.
      this.waiting.unshift(...batch);
      this.log.error(`sync: storing ${batch.length} update(s) failed, retrying in ${this.retryMs} ms`, error);
      if (!this.closed) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.kick();
        }, this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
      }
      return;
    }
    this.retryMs = FIRST_RETRY_MS;
    for (const w of batch) w.resolve();
  }
}
