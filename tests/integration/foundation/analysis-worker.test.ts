import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { stems } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { decodePeaks } from '@/lib/audio/peaks-codec';
import { createProject } from '@/lib/projects/service';
import { createSong } from '@/lib/songs/service';
import { uploadStem } from '@/lib/stems/upload';
import type { BlobStore } from '@/lib/storage/blob-store';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { createAnalysisWorker } from '@/server/jobs/analysis-worker';
import { chunked, concat, sineWav24 } from '../../support/audio-files';
import { databaseTargets } from '../../support/databases';

describe.each(databaseTargets())('background stem analysis on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let dir: string;
  let blobs: BlobStore;
  let ownerId: string;
  let songId: string;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-analysis-'));
    blobs = createLocalBlobStore(dir);
    ownerId = (await signUp(handle.db, { email: 'o@example.com', name: 'O', password: 'password-1' })).id;
    const project = await createProject(handle.db, ownerId, { name: 'P' });
    songId = (await createSong(handle.db, ownerId, project.id, { title: 'S' })).id;
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const upload = (name: string, bytes: Uint8Array) =>
    uploadStem({ db: handle.db, blobs, maxUploadBytes: 1 << 30 }, ownerId, {
      songId,
      fileName: name,
      contentLength: null,
      body: chunked(bytes),
    });

  it('analyses an uploaded stem in the background: loudness, true peak and waveform peaks become ready', async () => {
    // As in EBU Tech 3341 case 1: a ~1 kHz sine at -20 dBFS peak on both channels reads -20.0 LUFS.
    const stem = await upload('sine.wav', sineWav24({ seconds: 6, freqHz: 997, amplitude: 0.1 }));
    expect(stem.analysis.state).toBe('queued');
    // Every state write is announced (the song page refetches its stem list on it).
    const changes: { state: string | undefined }[] = [];
    const worker = createAnalysisWorker({
      db: handle.db,
      blobs,
      log: { log() {}, error() {} },
      onChange: async (changed) => {
        expect(changed).toEqual({ id: stem.id, songId });
        const [now] = await handle.db.select().from(stems).where(eq(stems.id, changed.id));
        changes.push({ state: now?.analysisState });
      },
    });
    worker.wake();
    await worker.idle();
    await worker.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(changes[0]?.state).toBe('analysing');
    expect(changes.at(-1)?.state).toBe('ready');
    const [row] = await handle.db.select().from(stems).where(eq(stems.id, stem.id));
    expect(row?.analysisState).toBe('ready');
    expect(Math.abs(row!.loudness!.integratedLufs! - -20)).toBeLessThan(0.1);
    expect(row?.loudness?.samplePeakDbfs).toBeCloseTo(-20, 1);
    const peaks = decodePeaks(await blobs.read(row!.peaksSha256!));
    expect(peaks.ok).toBe(true);
    if (peaks.ok) {
      expect(peaks.value.frames).toBe(6 * 48000);
      expect(Math.max(...peaks.value.levels[0]!.max)).toBeGreaterThanOrEqual(12);
      expect(Math.max(...peaks.value.levels[0]!.max)).toBeLessThanOrEqual(14);
    }
  });

  it('marks a stem failed with the reason when its audio is longer than the cap', async () => {
    const stem = await upload('long.wav', concat([sineWav24({ seconds: 3, freqHz: 300 })]));
    const worker = createAnalysisWorker({
      db: handle.db,
      blobs,
      maxDecodedSec: 1,
      log: { log() {}, error() {} },
    });
    worker.wake();
    await worker.idle();
    await worker.close();
    const [row] = await handle.db.select().from(stems).where(eq(stems.id, stem.id));
    expect(row?.analysisState).toBe('failed');
    expect(row?.analysisError).toMatch(/long/i);
  });

  it('takes up a stem a crash left half analysed: it goes back to the queue and is analysed again', async () => {
    const stem = await upload('interrupted.wav', sineWav24({ seconds: 2, freqHz: 500, amplitude: 0.1 }));
    // As a killed process leaves it: claimed, half done, nobody working on it.
    await handle.db
      .update(stems)
      .set({ analysisState: 'analysing', analysisProgress: 0.5 })
      .where(eq(stems.id, stem.id));
    const worker = createAnalysisWorker({ db: handle.db, blobs, log: { log() {}, error() {} } });
    worker.wake();
    await worker.idle();
    await worker.close();
    const [row] = await handle.db.select().from(stems).where(eq(stems.id, stem.id));
    expect(row?.analysisState).toBe('ready');
    expect(row?.analysisProgress).toBe(1);
  });
});
