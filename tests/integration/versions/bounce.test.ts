import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { versions } from '@/db/schema';
import { initMixDocument, readMix, setTrackGain } from '@/lib/mix';
import { createSong } from '@/lib/songs/service';
import { uploadStem } from '@/lib/stems/upload';
import type { BlobStore } from '@/lib/storage/blob-store';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { formatMixRoom } from '@/lib/sync/roomName';
import { getVersion } from '@/lib/versions/get-version';
import { saveVersion } from '@/lib/versions/save-version';
import { analyzeFile } from '@/server/audio/analyze-file';
import { createBounceWorker } from '@/server/jobs/bounce-worker';
import { chunked, sineWav24 } from '../../support/audio-files';
import { databaseTargets } from '../../support/databases';
import { type Docs, depsOf, memoryDocs, projectWithTeam } from './fixtures';

describe.each(databaseTargets())('version bounces on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let docs: Docs;
  let dir: string;
  let blobs: BlobStore;
  let team: Awaited<ReturnType<typeof projectWithTeam>>;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    docs = memoryDocs();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-bounce-test-'));
    blobs = createLocalBlobStore(dir);
    team = await projectWithTeam(handle.db, 'b');
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const songWithStems = async (title: string, files: { name: string; bytes: Uint8Array }[]) => {
    const song = await createSong(handle.db, team.members.owner, team.projectId, { title });
    const stems = [];
    for (const f of files) {
      stems.push(
        await uploadStem({ db: handle.db, blobs, maxUploadBytes: 1 << 30 }, team.members.owner, {
          songId: song.id,
          fileName: f.name,
          contentLength: null,
          body: chunked(f.bytes),
        }),
      );
    }
    const doc = docs.doc(formatMixRoom(song.id));
    initMixDocument(doc, stems);
    return { songId: song.id, doc, stems };
  };

  const runWorker = async () => {
    const worker = createBounceWorker({ db: handle.db, blobs, log: { log() {}, error() {} } });
    worker.wake();
    await worker.idle();
    await worker.close();
  };

  it('bounces a saved version to a 24-bit WAV and measures it: a -20 dBFS sine at -6 dB reads -26 LUFS', async () => {
    // EBU Tech 3341 case 1: a 997 Hz sine at -20 dBFS on both channels is -20.0 LUFS; the fader takes 6 dB off.
    const { songId, doc } = await songWithStems('Sine', [
      { name: 'Sine.wav', bytes: sineWav24({ seconds: 5, freqHz: 997, amplitude: 0.1 }) },
      { name: 'Muted.wav', bytes: sineWav24({ seconds: 4, freqHz: 200, amplitude: 0.9 }) },
    ]);
    const [sine, muted] = readMix(doc).tracks;
    setTrackGain(doc, sine!.id, -6);
    setTrackGain(doc, muted!.id, null);
    const saved = await saveVersion(depsOf(handle.db, docs), team.members.owner, songId, { label: 'Sine' });
    expect(saved.bounce.state).toBe('queued');
    await runWorker();

    const version = await getVersion(handle.db, team.members.viewer, saved.id);
    expect(version.bounce.state).toBe('ready');
    expect(version.bounce.sampleRate).toBe(48_000);
    expect(version.bounce.durationSec).toBeCloseTo(5, 6);
    expect(Math.abs(version.bounce.loudness!.integratedLufs! - -26)).toBeLessThan(0.1);
    expect(version.bounce.loudness!.truePeakDbtp!).toBeCloseTo(-26, 0);

    // The stored blob is the bounce: the reference analyser reads the same loudness from the file.
    const [row] = await handle.db.select().from(versions).where(eq(versions.id, saved.id));
    const file = await analyzeFile(blobs.localPath(row!.bounceSha256!));
    expect(file.ok).toBe(true);
    if (file.ok) {
      expect(file.value.facts.bitDepth).toBe(24);
      expect(file.value.facts.channels).toBe(2);
      expect(
        Math.abs(file.value.analysis.integratedLufs! - version.bounce.loudness!.integratedLufs!),
      ).toBeLessThan(0.01);
    }
  });

  it('bounces FLAC stems too (decoded to memory): a -20 dBFS sine in FLAC reads -20 LUFS', async () => {
    const wavPath = path.join(dir, 'flac-source.wav');
    const flacPath = path.join(dir, 'sine.flac');
    fs.writeFileSync(wavPath, sineWav24({ seconds: 4, freqHz: 997, amplitude: 0.1 }));
    execFileSync('/usr/bin/ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-i',
      wavPath,
      '-sample_fmt',
      's32',
      '-c:a',
      'flac',
      flacPath,
    ]);
    const { songId } = await songWithStems('Flac', [
      { name: 'Sine.flac', bytes: new Uint8Array(fs.readFileSync(flacPath)) },
    ]);
    const saved = await saveVersion(depsOf(handle.db, docs), team.members.owner, songId, {});
    await runWorker();
    const version = await getVersion(handle.db, team.members.owner, saved.id);
    expect(version.bounce.state).toBe('ready');
    expect(version.bounce.durationSec).toBeCloseTo(4, 6);
    expect(Math.abs(version.bounce.loudness!.integratedLufs! - -20)).toBeLessThan(0.1);
  });

  it('refuses to bounce stems at different sample rates, with a failure that says why', async () => {
    const { songId } = await songWithStems('Mixed rates', [
      { name: 'A.wav', bytes: sineWav24({ seconds: 1, sampleRate: 44_100 }) },
      { name: 'B.wav', bytes: sineWav24({ seconds: 1, sampleRate: 48_000 }) },
    ]);
    const saved = await saveVersion(depsOf(handle.db, docs), team.members.owner, songId, {});
    await runWorker();
    const version = await getVersion(handle.db, team.members.owner, saved.id);
    expect(version.bounce.state).toBe('failed');
    expect(version.bounce.error).toMatch(/different sample rates \(44100 Hz, 48000 Hz\)/);
  });
});
