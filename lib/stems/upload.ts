import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { stems } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { probeAudio } from '@/lib/audio/open-audio';
import { AppError } from '@/lib/errors';
import { authorizeSong } from '@/lib/projects/access';
import { stemSummary } from '@/lib/songs/service';
import { type BlobStore, BlobTooLargeError, formatBytes } from '@/lib/storage/blob-store';
import { fileByteSource } from '@/lib/storage/file-byte-source';

export interface UploadStemRequest {
  songId: string;
  /** The name the user's file had; only used for display, never for typing or storing. */
  fileName: string;
  /** Declared length, if the client sent one: lets an oversize upload be refused before reading it. */
  contentLength: number | null;
  body: AsyncIterable<Uint8Array>;
}

const MAX_FILE_NAME = 255;

/** Display name of a stem from its file name: "02 Bass DI.wav" -> "02 Bass DI". */
export function stemNameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return name || 'Untitled stem';
}

/**
 * Streams an upload to staging, types it by its bytes, checks its structure, and only then stores the blob and
 * the row. Any refusal leaves neither a row nor a file behind.
 */
export async function uploadStem(
  deps: { db: Database; blobs: BlobStore; maxUploadBytes: number },
  userId: string,
  request: UploadStemRequest,
) {
  const { db, blobs, maxUploadBytes } = deps;
  const { projectId } = await authorizeSong(db, userId, request.songId, 'stems.upload');
  const fileName = request.fileName.trim().slice(0, MAX_FILE_NAME);
  if (!fileName) throw new AppError('bad_request', 'Say the file name (X-File-Name header or ?name=).');
  if (request.contentLength !== null && request.contentLength > maxUploadBytes) {
    throw new AppError(
      'payload_too_large',
      `The file is larger than the limit of ${formatBytes(maxUploadBytes)}.`,
    );
  }

  let staged: Awaited<ReturnType<BlobStore['stage']>>;
  try {
    staged = await blobs.stage(request.body, { maxBytes: maxUploadBytes });
  } catch (error) {
    if (error instanceof BlobTooLargeError) throw new AppError('payload_too_large', error.message);
    throw error;
  }

  let committedNewBlob = false;
  try {
    if (staged.sizeBytes === 0) throw new AppError('bad_request', `${fileName} is empty.`);
    const source = await fileByteSource(staged.path);
    const probe = await probeAudio(source).finally(() => source.close());
    if (!probe.ok) throw new AppError('unsupported_media_type', `${fileName}: ${probe.error}`);
    const facts = probe.value;

    committedNewBlob = (await staged.commit()).created;
    const row = await db.transaction(async (tx) => {
      const [stem] = await tx
        .insert(stems)
        .values({
          songId: request.songId,
          name: stemNameFromFileName(fileName),
          fileName,
          sha256: staged.sha256,
          sizeBytes: staged.sizeBytes,
          format: facts.format,
          sampleRate: facts.sampleRate,
          channels: facts.channels,
          bitDepth: facts.bitDepth ?? null,
          durationSec: facts.durationSec,
          uploadedBy: userId,
        })
        .returning();
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        kind: 'stem.uploaded',
        payload: { songId: request.songId, stemId: stem!.id, name: stem!.name },
      });
      return stem!;
    });
    return stemSummary(row);
  } catch (error) {
    await staged.discard();
    if (committedNewBlob) await removeBlobIfUnused(db, blobs, staged.sha256);
    throw error;
  }
}

async function removeBlobIfUnused(db: Database, blobs: BlobStore, sha256: string) {
  const users = await db.select({ id: stems.id }).from(stems).where(eq(stems.sha256, sha256)).limit(1);
  if (users.length === 0) await blobs.delete(sha256);
}
