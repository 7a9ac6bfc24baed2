import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { notes } from '@/db/schema';
import { decideOnVersion } from '@/lib/approvals/decide';
import { createAnalyser } from '@/lib/audio/analyser';
import { openAudio } from '@/lib/audio/open-audio';
import { buildHandoff } from '@/lib/handoff/build-handoff';
import { zipStream } from '@/lib/handoff/zip-stream';
import { addMarker, initMixDocument } from '@/lib/mix';
import { uploadStem } from '@/lib/stems/upload';
import type { BlobStore } from '@/lib/storage/blob-store';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { formatMixRoom } from '@/lib/sync/roomName';
import { saveVersion } from '@/lib/versions/save-version';
import { createBounceWorker } from '@/server/jobs/bounce-worker';
import { chunked, sineWav24 } from '../../support/audio-files';
import { databaseTargets } from '../../support/databases';
import { type Docs, depsOf, memoryDocs, projectWithTeam } from './fixtures';

describe.each(databaseTargets())('handoff package on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let docs: Docs;
  let dir: string;
  let blobs: BlobStore;
  let team: Awaited<ReturnType<typeof projectWithTeam>>;
  let versionId: string;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    docs = memoryDocs();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-handoff-test-'));
    blobs = createLocalBlobStore(dir);
    team = await projectWithTeam(handle.db, 'h');
    const stems = [];
    for (const name of ['Kick.wav', 'Bass, DI.wav']) {
      stems.push(
        await uploadStem({ db: handle.db, blobs, maxUploadBytes: 1 << 30 }, team.members.owner, {
          songId: team.songId,
          fileName: name,
          contentLength: null,
          body: chunked(sineWav24({ seconds: 3, freqHz: name === 'Kick.wav' ? 60 : 110, amplitude: 0.2 })),
        }),
      );
    }
    const doc = docs.doc(formatMixRoom(team.songId));
    initMixDocument(doc, stems);
    addMarker(doc, { name: 'Chorus', atSec: 1.5 });
    await handle.db.insert(notes).values([
      {
        songId: team.songId,
        authorId: team.members.artist,
        startSec: 0.5,
        endSec: 1.25,
        body: 'Kick, too "boomy"',
      },
      {
        songId: team.songId,
        authorId: team.members.artist,
        startSec: 2,
        body: 'Nice',
        resolvedAt: new Date(),
      },
    ]);
    versionId = (
      await saveVersion(depsOf(handle.db, docs), team.members.owner, team.songId, { label: 'Final' })
    ).id;
    const worker = createBounceWorker({ db: handle.db, blobs, log: { log() {}, error() {} } });
    worker.wake();
    await worker.idle();
    await worker.close();
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const download = async (userId: string) => {
    const { fileName, entries } = await buildHandoff({ db: handle.db, blobs }, userId, versionId);
    const bytes = new Uint8Array(await new Response(zipStream(entries)).arrayBuffer());
    return { fileName, files: unzipSync(bytes) };
  };

  it('refuses the package before the version is approved, and to viewers and artists after', async () => {
    await expect(download(team.members.mastering_engineer)).rejects.toMatchObject({ code: 'conflict' });
    await decideOnVersion({ db: handle.db }, team.members.artist, versionId, { decision: 'approve' });
    await decideOnVersion({ db: handle.db }, team.members.mix_engineer, versionId, { decision: 'approve' });
    await expect(download(team.members.viewer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(download(team.members.artist)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('gives the mastering engineer one zip: bounce, stems, mix file, notes, Reaper markers and the sheet', async () => {
    const { fileName, files } = await download(team.members.mastering_engineer);
    expect(fileName).toBe('Song h - v1 - handoff.zip');
    expect(Object.keys(files).sort()).toEqual(
      [
        'Song h - v1.wav',
        'handoff.html',
        'markers.csv',
        'mix.json',
        'notes.csv',
        'stems/Bass, DI.wav',
        'stems/Kick.wav',
      ].sort(),
    );
    const wav = files['Song h - v1.wav']!;
    const opened = await openAudio({ size: wav.length, read: async (o, l) => wav.subarray(o, o + l) });
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.value.facts).toMatchObject({ sampleRate: 48_000, channels: 2, bitDepth: 24 });
      const analyser = createAnalyser({ sampleRate: 48_000, channels: 2 });
      const decoded = await opened.value.decode((block) => analyser.push(block));
      expect(decoded.ok && decoded.value.frames).toBe(3 * 48_000);
      expect(analyser.finish().integratedLufs).not.toBeNull();
    }
    const mixFile = JSON.parse(strFromU8(files['mix.json']!));
    expect(mixFile.format).toBe('mixroom.mix');
    const paths = Object.values(mixFile.stems as Record<string, { path: string }>).map((s) => s.path);
    for (const p of paths) expect(files[p]).toBeDefined();
    expect(paths.sort()).toEqual(['stems/Bass, DI.wav', 'stems/Kick.wav']);
    const notesCsv = strFromU8(files['notes.csv']!);
    expect(notesCsv).toContain('"Kick, too ""boomy"""');
    expect(notesCsv).toMatch(/,open,/);
    expect(notesCsv).toMatch(/,resolved,/);
    expect(strFromU8(files['markers.csv']!).split('\r\n')).toEqual([
      '#,Name,Start,End,Length',
      'R1,"Note: Kick, too ""boomy""",0:00.500,0:01.250,0:00.750',
      'M1,Chorus,0:01.500,,',
      'M2,Note: Nice,0:02.000,,',
      '',
    ]);
    const sheet = strFromU8(files['handoff.html']!);
    expect(sheet).toContain('48000 Hz');
    expect(sheet).toMatch(/Integrated loudness<\/th><td>-\d+\.\d LUFS/);
    expect(sheet).toContain('artist h');
  });
});
