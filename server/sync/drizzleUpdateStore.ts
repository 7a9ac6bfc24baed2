import { and, asc, eq, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from '@/db/client';
import { docSnapshots, docUpdates } from '@/db/schema';
import type { CompactionResult, StoredDocument, UpdateRow, UpdateStore } from './updateStore';

/** Two bind parameters per row; PostgreSQL allows 65 535 per statement. */
const ROWS_PER_INSERT = 10_000;

/**
 * Repeatable read gives load and compaction one snapshot of the table: compaction's DELETE cannot touch a
 * row that committed after it read the log, and load cannot see a snapshot without the rows behind it.
 */
const CONSISTENT = { isolationLevel: 'repeatable read' } as const;

type Reader = Pick<Database, 'select'>;

async function readDocument(tx: Reader, doc: string): Promise<StoredDocument & { ids: number[] }> {
  const [snapshot] = await tx
    .select({ state: docSnapshots.state, lastUpdateId: docSnapshots.lastUpdateId })
    .from(docSnapshots)
    .where(eq(docSnapshots.docName, doc));
  // All remaining rows, not only id > lastUpdateId: a row whose id is below the snapshot's but that
  // committed after the compaction read the log was not merged and is still here. Replaying a merged
  // update would be harmless anyway (Yjs updates are idempotent).
  const rows = await tx
    .select({ id: docUpdates.id, update: docUpdates.update })
    .from(docUpdates)
    .where(eq(docUpdates.docName, doc))
    .orderBy(asc(docUpdates.id));
  const ids = rows.map((r) => r.id);
  const lastRowId = ids.length > 0 ? ids[ids.length - 1]! : null;
  const lastId = Math.max(snapshot?.lastUpdateId ?? -1, lastRowId ?? -1);
  return {
    state: snapshot?.state ?? null,
    updates: rows.map((r) => r.update),
    lastId: lastId < 0 ? null : lastId,
    ids,
  };
}

/**
 * Merges a snapshot and updates into one garbage-collected state update. Structs whose dependencies are
 * missing (a row that committed late) stay pending in a Y.Doc and are not in `encodeStateAsUpdate`;
 * they are merged in as well, or the snapshot would silently drop them.
 */
export function mergeIntoState(state: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (state) Y.applyUpdate(doc, state);
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const parts = [Y.encodeStateAsUpdate(doc)];
  if (doc.store.pendingStructs) parts.push(doc.store.pendingStructs.update);
  if (doc.store.pendingDs) parts.push(doc.store.pendingDs);
  doc.destroy();
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}

/** The update log and snapshots in `doc_updates` / `doc_snapshots`, on PGlite or PostgreSQL alike. */
export function createDrizzleUpdateStore(db: Database): UpdateStore {
  const appendRows = async (rows: readonly UpdateRow[]): Promise<void> => {
    if (rows.length === 0) return;
    const values = rows.map((r) => ({ docName: r.doc, update: r.update }));
    if (values.length <= ROWS_PER_INSERT) {
      await db.insert(docUpdates).values(values);
      return;
    }
    await db.transaction(async (tx) => {
      for (let i = 0; i < values.length; i += ROWS_PER_INSERT) {
        await tx.insert(docUpdates).values(values.slice(i, i + ROWS_PER_INSERT));
      }
    });
  };

  return {
    async load(doc) {
      const { ids: _ids, ...stored } = await db.transaction((tx) => readDocument(tx, doc), CONSISTENT);
      return stored;
    },

    append: (doc, updates) => appendRows(updates.map((update) => ({ doc, update }))),

    appendRows,

    async compact(doc): Promise<CompactionResult> {
      return db.transaction(async (tx) => {
        const stored = await readDocument(tx, doc);
        const maxId = stored.ids[stored.ids.length - 1];
        if (maxId === undefined) return { mergedRows: 0 };
        const state = mergeIntoState(stored.state, stored.updates);
        await tx
          .insert(docSnapshots)
          .values({ docName: doc, state, lastUpdateId: maxId })
          .onConflictDoUpdate({
            target: docSnapshots.docName,
            set: { state, lastUpdateId: maxId, updatedAt: sql`now()` },
          });
        // Under repeatable read this deletes only rows this transaction read: exactly the merged ones.
        await tx.delete(docUpdates).where(and(eq(docUpdates.docName, doc), lte(docUpdates.id, maxId)));
        return { mergedRows: stored.ids.length };
      }, CONSISTENT);
    },
  };
}
