import type { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';

export interface JobQueue {
  /** Looks for queued work now. */
  wake(): void;
  /** Resolves once the queue is empty (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops: terminates the running thread (its job goes back to the queue) and waits for the loop to end. */
  close(): Promise<void>;
  readonly closing: boolean;
  /** Where a job's thread registers itself so close() can terminate it. */
  setThread(worker: Worker | null): void;
}

/**
 * The loop shared by the background workers: claim the next job (the database row lock makes this safe
 * across processes), process it, repeat until nothing is queued; a wake during a run triggers one more pass.
 */
export function createJobQueue<Job>(options: {
  /** Runs once before the first claim (e.g. re-queue jobs left running by a crash). */
  recover: () => Promise<unknown>;
  claimNext: () => Promise<Job | null>;
  process: (job: Job) => Promise<void>;
  /** An unexpected error while processing: mark the job failed. */
  onError: (job: Job, error: unknown) => Promise<void>;
  log: Pick<Console, 'error'>;
}): JobQueue {
  let running: Promise<void> | null = null;
  let again = false;
  let closing = false;
  let thread: Worker | null = null;
  const recovered = options.recover();

  async function drain(): Promise<void> {
    await recovered;
    do {
      again = false;
      for (
        let job = await options.claimNext();
        job && !closing;
        job = closing ? null : await options.claimNext()
      ) {
        try {
          await options.process(job);
        } catch (error) {
          options.log.error(error);
          await options.onError(job, error);
        }
      }
    } while (again && !closing);
  }

  return {
    wake() {
      if (closing) return;
      if (running) {
        again = true;
        return;
      }
      running = drain()
        .catch((error: unknown) => options.log.error(error))
        .finally(() => {
          running = null;
        });
    },
    async idle() {
      while (running) await running;
    },
    async close() {
      closing = true;
      await thread?.terminate();
      while (running) await running;
    },
    get closing() {
      return closing;
    },
    setThread(worker) {
      thread = worker;
    },
  };
}

/** The id a `... returning id` statement gave, on either driver (PGlite: `{ rows }`, postgres.js: an array). */
function returnedId(result: unknown): string | null {
  const rows = (result as { rows?: { id: string }[] }).rows ?? (result as { id: string }[]);
  return rows[0]?.id ?? null;
}

/** A table whose rows are jobs: a state column going 'queued' → `running` → done, and a progress column. */
export interface JobTable {
  table: PgTable;
  state: PgColumn;
  progress: PgColumn;
  /** The state a claimed job is in. */
  running: string;
}

/** Puts the jobs a crash or a kill left running back in the queue (call before the first claim). */
export const requeueRunning = (db: Database, t: JobTable): Promise<unknown> =>
  db.execute(sql`
    update ${t.table} set ${sql.identifier(t.state.name)} = 'queued', ${sql.identifier(t.progress.name)} = 0
    where ${sql.identifier(t.state.name)} = ${t.running}`);

/**
 * Claims the oldest queued job: marks it running with progress 0 in one statement, skipping rows
 * another process has locked, so two workers never take the same one. Resolves with its id, or null.
 */
export async function claimOldestQueued(db: Database, t: JobTable): Promise<string | null> {
  const state = sql.identifier(t.state.name);
  return returnedId(
    await db.execute(sql`
      update ${t.table} set ${state} = ${t.running}, ${sql.identifier(t.progress.name)} = 0
      where id = (select id from ${t.table} where ${state} = 'queued' order by created_at, id limit 1 for update skip locked)
      returning id`),
  );
}
