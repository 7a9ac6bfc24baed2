import { Worker } from 'node:worker_threads';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type LoudnessFigures, stems } from '@/db/schema';
import type { BlobStore } from '@/lib/storage/blob-store';
import type { AnalysisJob, AnalysisThreadMessage } from './analysis-thread';

export interface AnalysisWorkerOptions {
  db: Database;
  blobs: BlobStore;
  log?: Pick<Console, 'log' | 'error'>;
  /** Longest a single analysis may run before it is stopped and marked failed. */
  timeoutMs?: number;
  /** Refuse stems whose decoded audio is longer than this. */
  maxDecodedSec?: number;
  /** Heap cap of the analysis thread. */
  maxHeapMb?: number;
}

export interface AnalysisWorker {
  /** Looks for queued stems now (after an upload). */
  wake(): void;
  /** Resolves once the queue is empty (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops after the current stem; an interrupted stem goes back to the queue on next start. */
  close(): Promise<void>;
}

const PROGRESS_WRITE_MS = 400;
const THREAD_URL = new URL('./analysis-thread-entry.mjs', import.meta.url);

/** Background analysis of uploaded stems (loudness, true peak, peaks for the waveform), one at a time. */
export function createAnalysisWorker(options: AnalysisWorkerOptions): AnalysisWorker {
  const { db, blobs } = options;
  const log = options.log ?? console;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const maxDecodedSec = options.maxDecodedSec ?? 4 * 3600;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let current: Worker | null = null;
  // Stems left 'analysing' by a crash or a kill are retried.
  const recovered = db
    .update(stems)
    .set({ analysisState: 'queued', analysisProgress: 0 })
    .where(eq(stems.analysisState, 'analysing'));

  async function claimNext() {
    const rows = await db.execute<{ id: string }>(sql`
      update ${stems} set analysis_state = 'analysing', analysis_progress = 0
      where id = (select id from ${stems} where analysis_state = 'queued' order by created_at, id limit 1 for update skip locked)
      returning id`);
    const id =
      (rows as unknown as { rows?: { id: string }[] }).rows?.[0]?.id ??
      (rows as unknown as { id: string }[])[0]?.id;
    if (!id) return null;
    const [stem] = await db.select().from(stems).where(eq(stems.id, id));
    return stem ?? null;
  }

  async function analyse(stem: typeof stems.$inferSelect): Promise<void> {
    const job: AnalysisJob = { path: blobs.localPath(stem.sha256), maxDecodedSec };
    const worker = new Worker(THREAD_URL, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
    });
    current = worker;
    let lastWrite = 0;
    const outcome = await new Promise<AnalysisThreadMessage>((resolve) => {
      const timer = setTimeout(() => {
        resolve({
          type: 'failed',
          error: `The analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
        });
        void worker.terminate();
      }, timeoutMs);
      worker.on('message', (message: AnalysisThreadMessage) => {
        if (message.type === 'progress') {
          const now = Date.now();
          if (now - lastWrite >= PROGRESS_WRITE_MS) {
            lastWrite = now;
            void db.update(stems).set({ analysisProgress: message.fraction }).where(eq(stems.id, stem.id));
          }
          return;
        }
        clearTimeout(timer);
        resolve(message);
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        const reason = /heap|memory/i.test(error.message) ? 'The analysis ran out of memory.' : error.message;
        resolve({ type: 'failed', error: reason });
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        resolve({
          type: 'failed',
          error: closed ? 'Interrupted by shutdown.' : `The analysis stopped unexpectedly (${code}).`,
        });
      });
    });
    current = null;
    void worker.terminate();
    if (outcome.type === 'done') {
      const { analysis } = outcome;
      const loudness: LoudnessFigures = {
        integratedLufs: analysis.integratedLufs,
        loudnessRangeLu: analysis.loudnessRangeLu,
        truePeakDbtp: analysis.truePeakDbtp,
        samplePeakDbfs: analysis.samplePeakDbfs,
        momentaryMaxLufs: analysis.momentaryMaxLufs,
        shortTermMaxLufs: analysis.shortTermMaxLufs,
      };
      const peaksSha256 = await blobs.putBytes(outcome.peaks);
      await db
        .update(stems)
        .set({ analysisState: 'ready', analysisProgress: 1, analysisError: null, loudness, peaksSha256 })
        .where(eq(stems.id, stem.id));
    } else if (outcome.type === 'failed') {
      if (closed) {
        await db
          .update(stems)
          .set({ analysisState: 'queued', analysisProgress: 0 })
          .where(eq(stems.id, stem.id));
        return;
      }
      log.error(`analysis of stem ${stem.id} failed: ${outcome.error}`);
      await db
        .update(stems)
        .set({ analysisState: 'failed', analysisError: outcome.error })
        .where(eq(stems.id, stem.id));
    }
  }

  async function drain(): Promise<void> {
    await recovered;
    do {
      again = false;
      for (let stem = await claimNext(); stem && !closed; stem = closed ? null : await claimNext()) {
        try {
          await analyse(stem);
        } catch (error) {
          log.error(error);
          await db
            .update(stems)
            .set({ analysisState: 'failed', analysisError: 'The analysis failed on our side.' })
            .where(eq(stems.id, stem.id));
        }
      }
    } while (again && !closed);
  }

  function wake() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => log.error(error))
      .finally(() => {
        running = null;
      });
  }

  return {
    wake,
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      await current?.terminate();
      while (running) await running;
    },
  };
}
