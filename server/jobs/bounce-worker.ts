import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type LoudnessFigures, stems, versions } from '@/db/schema';
import type { BlobStore } from '@/lib/storage/blob-store';
import type { BounceJob, BounceThreadMessage } from './bounce-thread';

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

/** Background bounces of saved versions (reference renderer → 24-bit WAV blob → loudness), one at a time. */
export function createBounceWorker(options: BounceWorkerOptions): BounceWorker {
  const { db, blobs } = options;
  const log = options.log ?? console;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let current: Worker | null = null;
  // Versions left 'rendering' by a crash or a kill are bounced again.
  const recovered = db
    .update(versions)
    .set({ bounceState: 'queued', bounceProgress: 0 })
    .where(eq(versions.bounceState, 'rendering'));

  async function claimNext() {
    const rows = await db.execute<{ id: string }>(sql`
      update ${versions} set bounce_state = 'rendering', bounce_progress = 0
      where id = (select id from ${versions} where bounce_state = 'queued' order by created_at, id limit 1 for update skip locked)
      returning id`);
    const id =
      (rows as unknown as { rows?: { id: string }[] }).rows?.[0]?.id ??
      (rows as unknown as { id: string }[])[0]?.id;
    if (!id) return null;
    const [version] = await db
      .select({ id: versions.id, songId: versions.songId, mixState: versions.mixState })
      .from(versions)
      .where(eq(versions.id, id));
    return version ?? null;
  }

  async function runThread(job: BounceJob, versionId: string): Promise<BounceThreadMessage> {
    const worker = new Worker(THREAD_URL, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    });
    current = worker;
    let lastWrite = 0;
    try {
      return await new Promise<BounceThreadMessage>((resolve) => {
        const timer = setTimeout(() => {
          resolve({
            type: 'failed',
            error: `The bounce took longer than ${Math.round(timeoutMs / 1000)} s.`,
          });
          void worker.terminate();
        }, timeoutMs);
        worker.on('message', (message: BounceThreadMessage) => {
          if (message.type === 'progress') {
            const now = Date.now();
            if (now - lastWrite >= PROGRESS_WRITE_MS) {
              lastWrite = now;
              void db
                .update(versions)
                .set({ bounceProgress: message.fraction })
                .where(eq(versions.id, versionId));
            }
            return;
          }
          clearTimeout(timer);
          resolve(message);
        });
        worker.on('error', (error) => {
          clearTimeout(timer);
          resolve({
            type: 'failed',
            error: /heap|memory/i.test(error.message) ? 'The bounce ran out of memory.' : error.message,
          });
        });
        worker.on('exit', (code) => {
          clearTimeout(timer);
          resolve({
            type: 'failed',
            error: closed ? 'Interrupted by shutdown.' : `The bounce stopped unexpectedly (${code}).`,
          });
        });
      });
    } finally {
      current = null;
      void worker.terminate();
    }
  }

  async function bounce(version: NonNullable<Awaited<ReturnType<typeof claimNext>>>): Promise<void> {
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
      const outcome = await runThread(job, version.id);
      if (outcome.type === 'done') {
        const staged = await blobs.stage(createReadStream(job.outPath), {
          maxBytes: Number.MAX_SAFE_INTEGER,
        });
        await staged.commit();
        const { analysis } = outcome;
        const loudness: LoudnessFigures = {
          integratedLufs: analysis.integratedLufs,
          loudnessRangeLu: analysis.loudnessRangeLu,
          truePeakDbtp: analysis.truePeakDbtp,
          samplePeakDbfs: analysis.samplePeakDbfs,
          momentaryMaxLufs: analysis.momentaryMaxLufs,
          shortTermMaxLufs: analysis.shortTermMaxLufs,
        };
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
        if (closed) {
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

  async function drain(): Promise<void> {
    await recovered;
    do {
      again = false;
      for (let v = await claimNext(); v && !closed; v = closed ? null : await claimNext()) {
        try {
          await bounce(v);
        } catch (error) {
          log.error(error);
          await db
            .update(versions)
            .set({ bounceState: 'failed', bounceError: 'The bounce failed on our side.' })
            .where(eq(versions.id, v.id));
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
