import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { stems } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { AppError } from '@/lib/errors';
import { acceptInvite, createInvite } from '@/lib/projects/invites';
import { createProject } from '@/lib/projects/service';
import { createSong } from '@/lib/songs/service';
import { uploadStem } from '@/lib/stems/upload';
import type { BlobStore } from '@/lib/storage/blob-store';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { chunked, encodeWithFfmpeg, sineWav24 } from '../../support/audio-files';
import { databaseTargets } from '../../support/databases';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe.each(databaseTargets())('stem uploads on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let dir: string;
  let blobs: BlobStore;
  let ownerId: string;
  let artistId: string;
  let songId: string;
  const wav = sineWav24({ seconds: 2.5 });

  const upload = (
    fileName: string,
    bytes: Uint8Array,
    options: { maxUploadBytes?: number; userId?: string } = {},
  ) =>
    uploadStem(
      { db: handle.db, blobs, maxUploadBytes: options.maxUploadBytes ?? 10 * 1024 * 1024 },
      options.userId ?? ownerId,
      { songId, fileName, contentLength: null, body: chunked(bytes) },
    );

  async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, message: error.message };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  async function expectNothingLeftBehind(rowsBefore: number, filesBefore: number) {
    expect(await handle.db.select().from(stems).where(eq(stems.songId, songId))).toHaveLength(rowsBefore);
    expect(filesUnder(dir)).toHaveLength(filesBefore);
  }

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-blobs-'));
    blobs = createLocalBlobStore(dir);
    const owner = await signUp(handle.db, { email: 'o@example.com', name: 'O', password: 'password-1' });
    const artist = await signUp(handle.db, { email: 'a@example.com', name: 'A', password: 'password-1' });
    ownerId = owner.id;
    artistId = artist.id;
    const project = await createProject(handle.db, ownerId, { name: 'P' });
    const invite = await createInvite(handle.db, ownerId, project.id, { role: 'artist' });
    await acceptInvite(handle.db, artistId, invite.token);
    songId = (await createSong(handle.db, ownerId, project.id, { title: 'S' })).id;
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores a WAV under its content address with the facts decoded from its bytes', async () => {
    const stem = await upload('Lead Vocal.wav', wav);
    expect(stem).toMatchObject({
      name: 'Lead Vocal',
      format: 'wav',
      sampleRate: 48000,
      channels: 2,
      bitDepth: 24,
    });
    expect(stem.durationSec).toBeCloseTo(2.5, 6);
    const [row] = await handle.db.select().from(stems).where(eq(stems.id, stem.id));
    expect(fs.readFileSync(blobs.localPath(row!.sha256))).toEqual(Buffer.from(wav));
  });

  it('types a file by its bytes, not its name: FLAC and MP3 named .wav are stored as what they are', async () => {
    for (const ext of ['flac', 'mp3'] as const) {
      const stem = await upload(`mislabelled-${ext}.wav`, encodeWithFfmpeg(wav, ext));
      expect(stem.format).toBe(ext);
      expect(stem.durationSec).toBeGreaterThan(2.4);
      expect(stem.durationSec).toBeLessThan(2.6);
    }
  });

  it('refuses a truncated WAV with a message saying so, and keeps no row and no file', async () => {
    const rows = (await handle.db.select().from(stems).where(eq(stems.songId, songId))).length;
    const files = filesUnder(dir).length;
    const { code, message } = await refusal(upload('cut.wav', wav.subarray(0, 20_000)));
    expect(code).toBe('unsupported_media_type');
    expect(message).toMatch(/cut\.wav: .*truncated/);
    await expectNothingLeftBehind(rows, files);
  });

  it('refuses random bytes and a text file dressed as audio', async () => {
    const rows = (await handle.db.select().from(stems).where(eq(stems.songId, songId))).length;
    const files = filesUnder(dir).length;
    const noise = new Uint8Array(50_000).map((_, i) => (i * 7919) % 251);
    expect((await refusal(upload('drums.wav', noise))).code).toBe('unsupported_media_type');
    const script = new TextEncoder().encode('<script>alert(1)</script>'.repeat(100));
    expect((await refusal(upload('bass.mp3', script))).code).toBe('unsupported_media_type');
    await expectNothingLeftBehind(rows, files);
  });

  it('refuses a file above the upload limit while streaming it, leaving nothing behind', async () => {
    const rows = (await handle.db.select().from(stems).where(eq(stems.songId, songId))).length;
    const files = filesUnder(dir).length;
    const { code, message } = await refusal(
      upload('big.wav', sineWav24({ seconds: 4 }), { maxUploadBytes: 100 * 1024 }),
    );
    expect(code).toBe('payload_too_large');
    expect(message).toContain('100 KiB');
    await expectNothingLeftBehind(rows, files);
  });

  it('refuses an upload from an artist, whose role does not allow it', async () => {
    const { code } = await refusal(upload('artist.wav', wav, { userId: artistId }));
    expect(code).toBe('forbidden');
  });

  it('keeps one blob when the same bytes are uploaded twice', async () => {
    const before = filesUnder(dir).length;
    const a = await upload('take.wav', sineWav24({ seconds: 1, freqHz: 220 }));
    const b = await upload('take copy.wav', sineWav24({ seconds: 1, freqHz: 220 }));
    expect(a.id).not.toBe(b.id);
    expect(filesUnder(dir).length).toBe(before + 1);
  });
});
