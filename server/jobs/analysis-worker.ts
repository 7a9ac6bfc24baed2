import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { stems } from '@/db/schema';
import type { BlobStore } from '@/lib/storage/blob-store';
import type { AnalysisJob, AnalysisThreadMessage } from './analysis-thread';
import { claimOldestQueued, createJobQueue, type JobTable, requeueRunning } from './job-queue';
import { loudnessFigures } from './loudness-figures';
import { runThread, throttled } from './run-thread';

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
  /** Called after a stem's analysis state or progress was written (live listeners refetch). */
  onChange?: (stem: { id: string; songId: string }) => void;
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

type StemRow = typeof stems.$inferSelect;
const JOBS: JobTable = {
  table: stems,
  state: stems.analysisState,
  progress: stems.analysisProgress,
  running: 'analysing',
};

/** Background analysis of uploaded stems (loudness, true peak, peaks for the waveform), one at a time. */
export function createAnalysisWorker(options: AnalysisWorkerOptions): AnalysisWorker {
  const { db, blobs } = options;
  const log = options.log ?? console;
  const setState = async (stem: Pick<StemRow, 'id' | 'songId'>, patch: Partial<StemRow>) => {
    await db.update(stems).set(patch).where(eq(stems.id, stem.id));
    options.onChange?.({ id: stem.id, songId: stem.songId });
  };

  const queue = createJobQueue<StemRow>({
    log,
    // Stems left 'analysing' by a crash or a kill are retried.
    recover: () => requeueRunning(db, JOBS),
    async claimNext() {
      const id = await claimOldestQueued(db, JOBS);
      if (!id) return null;
      const [stem] = await db.select().from(stems).where(eq(stems.id, id));
      if (stem) options.onChange?.({ id: stem.id, songId: stem.songId });
      return stem ?? null;
    },
    process: analyse,
    onError: async (stem) => {
      await setState(stem, { analysisState: 'failed', analysisError: 'The analysis failed on our side.' });
    },
  });

  async function analyse(stem: StemRow): Promise<void> {
    const job: AnalysisJob = {
      path: blobs.localPath(stem.sha256),
      maxDecodedSec: options.maxDecodedSec ?? 4 * 3600,
    };
    const outcome = await runThread<AnalysisThreadMessage>({
      entry: THREAD_URL,
      workerData: job,
      what: 'analysis',
      timeoutMs: options.timeoutMs ?? 10 * 60_000,
      maxHeapMb: options.maxHeapMb ?? 512,
      onProgress: throttled(
        PROGRESS_WRITE_MS,
        (fraction) => void setState(stem, { analysisProgress: fraction }),
      ),
      isClosing: () => queue.closing,
      onThread: queue.setThread,
    });
    if (outcome.type === 'done') {
      const peaksSha256 = await blobs.putBytes(outcome.peaks);
      await setState(stem, {
        analysisState: 'ready',
        analysisProgress: 1,
        analysisError: null,
        loudness: loudnessFigures(outcome.analysis),
        peaksSha256,
      });
    } else if (outcome.type === 'failed') {
      if (queue.closing) {
        await setState(stem, { analysisState: 'queued', analysisProgress: 0 });
        return;
      }
      log.error(`analysis of stem ${stem.id} failed: ${outcome.error}`);
      await setState(stem, { analysisState: 'failed', analysisError: outcome.error });
    }
  }

  return { wake: queue.wake, idle: queue.idle, close: queue.close };
}
