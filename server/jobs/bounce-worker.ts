import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { stems, versions } from '@/db/schema';
import type { BlobStore } from '@/lib/storage/blob-store';
import type { BounceJob, BounceThreadMessage } from './bounce-thread';
import { claimOldestQueued, createJobQueue, type JobTable, requeueRunning } from './job-queue';
import { loudnessFigures } from './loudness-figures';
import { runThread, throttled } from './run-thread';

export interface BounceWorkerOptions {
  db: Database;
  blobs: BlobStore;
  log?: Pick<Console, 'log' | 'error'>;
  /** Longest a single bounce may run before it is stopped and marked failed. */
  timeoutMs?: number;
  /** Heap cap of the bounce thread (compressed stems are decoded into memory). */
  maxHeapMb?: number;
  /** Told when a version's bounce state changes (live updates). */
  onChange?: (version: { id: string; songId: string }) => void;
}

export interface BounceWorker {
  /** Looks for queued versions now (after a save). */
  wake(): void;
  /** Resolves once the queue is empty (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops after the current bounce; an interrupted bounce goes back to the queue on next start. */
  close(): Promise<void>;
}

const PROGRESS_WRITE_MS = 400;
const THREAD_URL = new URL('./bounce-thread-entry.mjs', import.meta.url);

interface ClaimedVersion {
  id: string;
  songId: string;
  mixState: (typeof versions.$inferSelect)['mixState'];
}

const JOBS: JobTable = {
  table: versions,
  state: versions.bounceState,
  progress: versions.bounceProgress,
  running: 'rendering',
};

/** Background bounces of saved versions (reference renderer → 24-bit WAV blob → loudness), one at a time. */
export function createBounceWorker(options: BounceWorkerOptions): BounceWorker {
  const { db, blobs } = options;
  const log = options.log ?? console;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;

  const queue = createJobQueue<ClaimedVersion>({
    log,
    // Versions left 'rendering' by a crash or a kill are bounced again.
    recover: () => requeueRunning(db, JOBS),
    async claimNext() {
      const id = await claimOldestQueued(db, JOBS);
      if (!id) return null;
      const [version] = await db
        .select({ id: versions.id, songId: versions.songId, mixState: versions.mixState })
        .from(versions)
        .where(eq(versions.id, id));
      return version ?? null;
    },
    process: bounce,
    onError: async (version) => {
      await db
        .update(versions)
        .set({ bounceState: 'failed', bounceError: 'The bounce failed on our side.' })
        .where(eq(versions.id, version.id));
    },
  });

  async function bounce(version: ClaimedVersion): Promise<void> {
    const stemRows = await db
      .select({ id: stems.id, sha256: stems.sha256, format: stems.format })
      .from(stems)
      .where(eq(stems.songId, version.songId));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mixroom-bounce-'));
    try {
      const job: BounceJob = {
        mix: version.mixState,
        stems: stemRows.map((s) => ({ id: s.id, format: s.format, path: blobs.localPath(s.sha256) })),
        outPath: path.join(dir, 'bounce.wav'),
      };
      const outcome = await runThread<BounceThreadMessage>({
        entry: THREAD_URL,
        workerData: job,
        what: 'bounce',
        timeoutMs,
        maxHeapMb: options.maxHeapMb ?? 1024,
        onProgress: throttled(PROGRESS_WRITE_MS, (fraction) => {
          void db.update(versions).set({ bounceProgress: fraction }).where(eq(versions.id, version.id));
        }),
        isClosing: () => queue.closing,
        onThread: queue.setThread,
      });
      if (outcome.type === 'done') {
        const staged = await blobs.stage(createReadStream(job.outPath), {
          maxBytes: Number.MAX_SAFE_INTEGER,
        });
        await staged.commit();
        const loudness = loudnessFigures(outcome.analysis);
        await db
          .update(versions)
          .set({
            bounceState: 'ready',
            bounceProgress: 1,
            bounceError: null,
            bounceSha256: staged.sha256,
            bounceSampleRate: outcome.sampleRate,
            bounceDurationSec: outcome.frames / outcome.sampleRate,
            loudness,
          })
          .where(eq(versions.id, version.id));
      } else if (outcome.type === 'failed') {
        if (queue.closing) {
          await db
            .update(versions)
            .set({ bounceState: 'queued', bounceProgress: 0 })
            .where(eq(versions.id, version.id));
          return;
        }
        log.error(`bounce of version ${version.id} failed: ${outcome.error}`);
        await db
          .update(versions)
          .set({ bounceState: 'failed', bounceError: outcome.error })
          .where(eq(versions.id, version.id));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      options.onChange?.({ id: version.id, songId: version.songId });
    }
  }

  return { wake: queue.wake, idle: queue.idle, close: queue.close };
}
