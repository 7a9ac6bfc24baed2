import * as Y from 'yjs';
import type { SyncLimits } from '@/lib/sync/limits';
import type { CommitQueue } from './commitQueue';
import { DocumentLog } from './documentLog';
import { Room } from './room';
import type { SyncLog } from './syncLog';
import type { UpdateStore } from './updateStore';

/** Fills a newly created, empty document (for a mix: one track per stem). */
export type InitDocument = (doc: Y.Doc, songId: string) => Promise<void>;

interface Entry {
  refs: number;
  ready: Promise<Room>;
  unloading: Promise<void> | null;
}

/**
 * Loaded rooms by name, reference counted: a room loads on first use, and once the last user (socket or
 * server change) releases it, it is flushed, compacted and unloaded. Acquiring a room that is unloading
 * waits for the unload and loads it afresh.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly deps: {
      store: UpdateStore;
      commits: CommitQueue;
      limits: SyncLimits;
      log: SyncLog;
      initDocument?: InitDocument;
    },
  ) {}

  /** Loaded room names (for tests and metrics). */
  get loadedRooms(): string[] {
    return [...this.entries.keys()];
  }

  /** Takes a reference to a room, loading it if needed. Pair every successful call with `release`. */
  async acquire(name: string, songId: string): Promise<Room> {
    let entry = this.entries.get(name);
    while (entry?.unloading) {
      await entry.unloading;
      entry = this.entries.get(name);
    }
    if (!entry) {
      entry = { refs: 0, ready: this.load(name, songId), unloading: null };
      this.entries.set(name, entry);
    }
    const current = entry;
    current.refs++;
    try {
      return await current.ready;
    } catch (error) {
      current.refs--;
      if (current.refs === 0 && this.entries.get(name) === current) this.entries.delete(name);
      throw error;
    }
  }

  /** Drops a reference; the last one unloads the room (flush, compaction, destroy), resolved when done. */
  release(room: Room): Promise<void> {
    const entry = this.entries.get(room.name);
    if (!entry) return Promise.resolve();
    if (entry.unloading) return entry.unloading;
    entry.refs--;
    if (entry.refs > 0) return Promise.resolve();
    entry.unloading = this.unload(room).finally(() => {
      if (this.entries.get(room.name) === entry) this.entries.delete(room.name);
    });
    return entry.unloading;
  }

  /** Resolves once every room is unloaded (used at shutdown, after every socket is closed). */
  async whenEmpty(): Promise<void> {
    while (this.entries.size > 0) {
      await Promise.allSettled([...this.entries.values()].map((e) => e.unloading ?? e.ready));
      // Rooms still referenced (a server change in flight) release themselves; poll until they have.
      if ([...this.entries.values()].some((e) => !e.unloading)) await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async load(name: string, songId: string): Promise<Room> {
    const { store, commits, limits, log, initDocument } = this.deps;
    const stored = await store.load(name);
    const doc = new Y.Doc({ gc: true });
    // One transaction for the whole replay: Yjs integrates 100 000 small updates far faster this way.
    doc.transact(() => {
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    const docLog = new DocumentLog(name, store, commits, limits.compactAfterRows, log, stored.updates.length);
    // Listeners attach after the replay, so loaded content is not stored a second time.
    const room = new Room(name, doc, docLog, limits.maxAwarenessClientsPerConnection, log);
    if (doc.store.clients.size === 0 && initDocument) {
      try {
        await initDocument(doc, songId);
      } catch (error) {
        room.destroy();
        throw error;
      }
    }
    if (stored.updates.length >= limits.compactAfterRows) void docLog.compact();
    return room;
  }

  private async unload(room: Room): Promise<void> {
    try {
      await room.log.whenDurable();
      // Twice: a compaction already running when the last peer left may not include the last rows.
      if (room.log.hasUnmergedRows) await room.log.compact();
      if (room.log.hasUnmergedRows) await room.log.compact();
    } finally {
      room.destroy();
    }
  }
}
