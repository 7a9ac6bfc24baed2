/** What is stored for one document: the compacted snapshot (if any) and the log rows not merged into it. */
export interface StoredDocument {
  state: Uint8Array | null;
  /** Every log row of the document still in the log, in id order. */
  updates: Uint8Array[];
  /** Highest log id read (snapshot's or a row's); null when nothing was ever stored. */
  lastId: number | null;
}

/** One accepted update for one document, as appended to the log. */
export interface UpdateRow {
  doc: string;
  update: Uint8Array;
}

/** Outcome of a compaction: how many log rows were merged into the snapshot (0 = nothing to do). */
export interface CompactionResult {
  mergedRows: number;
}

/**
 * Durable storage of Yjs documents as an append-only update log plus a compacted snapshot.
 * Rooms and the commit queue only see this interface, never the database.
 */
export interface UpdateStore {
  /** Reads a document's snapshot and remaining log rows as one consistent view. */
  load(doc: string): Promise<StoredDocument>;
  /** Appends updates of one document (one multi-row insert). */
  append(doc: string, updates: readonly Uint8Array[]): Promise<void>;
  /** Appends updates of any number of documents in one transaction; resolves once they are durable. */
  appendRows(rows: readonly UpdateRow[]): Promise<void>;
  /**
   * Merges the snapshot and the log rows read into a new snapshot and deletes exactly those rows, in one
   * transaction, so rows appended meanwhile survive.
   */
  compact(doc: string): Promise<CompactionResult>;
}
