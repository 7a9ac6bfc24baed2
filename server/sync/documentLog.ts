import type { CommitQueue } from './commitQueue';
import type { SyncLog } from './syncLog';
import type { UpdateStore } from './updateStore';

/**
 * One document's view of storage: appends through the shared group commit, tells when everything
 * appended so far is durable, and compacts the log once it grows past a threshold.
 */
export class DocumentLog {
  private lastAppend: Promise<void> = Promise.resolve();
  private compaction: Promise<void> | null = null;

  constructor(
    readonly name: string,
    private readonly store: UpdateStore,
    private readonly commits: CommitQueue,
    private readonly compactAfterRows: number,
    private readonly log: SyncLog,
    /** Log rows of this document not merged into its snapshot (as far as this process knows). */
    private rows: number,
  ) {}

  /** Appends an update; resolves once it is durable. */
  append(update: Uint8Array): Promise<void> {
    const stored = this.commits.enqueue(this.name, update).then(() => {
      this.rows++;
      if (this.rows >= this.compactAfterRows) void this.compact();
    });
    // The barrier never rejects: a failed append is reported where it is awaited, not here.
    this.lastAppend = stored.catch(() => {});
    return stored;
  }

  /** Resolves once every update appended before this call is durable (or has failed for good). */
  whenDurable(): Promise<void> {
    return this.lastAppend;
  }

  /** Whether the log holds rows that are not in the snapshot. */
  get hasUnmergedRows(): boolean {
    return this.rows > 0;
  }

  /** Merges the log into the snapshot; concurrent calls share one run. Failures are logged. */
  compact(): Promise<void> {
    if (this.compaction) return this.compaction;
    this.compaction = this.store
      .compact(this.name)
      .then(({ mergedRows }) => {
        this.rows = Math.max(0, this.rows - mergedRows);
      })
      .catch((error: unknown) => this.log.error(`sync: compacting ${this.name} failed`, error))
      .finally(() => {
        this.compaction = null;
      });
    return this.compaction;
  }
}
