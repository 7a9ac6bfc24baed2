import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { songs } from '@/db/schema';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { seedDemo } from '@/server/demo/seed';
import { renderStoredSong } from '@/server/render/renderStoredSong';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('rendering a stored song (render --song)', () => {
  let dataDir: string;
  let songId: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-render-song-'));
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    const blobs = createLocalBlobStore(path.join(dataDir, 'blobs'));
    await seedDemo({ db: handle.db, blobs }, { log() {} });
    songId = (await handle.db.select().from(songs))[0]!.id;
    await handle.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('bounces the demo song’s stored mix to a 24-bit stereo WAV of the song’s length', async () => {
    const outPath = path.join(dataDir, 'demo.wav');
    const result = await renderStoredSong({ config: { dataDir, databaseUrl: null }, songId, outPath });
    expect(result.ok).toBe(true);
    const header = Buffer.from(fs.readFileSync(outPath).subarray(0, 44));
    expect(header.toString('ascii', 0, 4)).toBe('RIFF');
    expect(header.readUInt16LE(22)).toBe(2);
    expect(header.readUInt32LE(24)).toBe(48000);
    expect(header.readUInt16LE(34)).toBe(24);
    expect(header.readUInt32LE(40) / 6 / 48000).toBeCloseTo(35.5, 2);
    if (result.ok) expect(result.value.integratedLufs).toBeGreaterThan(-20);
  });

  it('says so, with exit code 1 and one line, when the song does not exist', () => {
    const run = spawnSync(
      'npx',
      [
        'tsx',
        '--tsconfig',
        'tsconfig.server.json',
        'server/cli/render.ts',
        '--song',
        'nope',
        '--out',
        '/tmp/x.wav',
      ],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['render: No song with id nope.']);
  });
});
