import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';
import { getSong } from '@/lib/songs/service';
import { uploadStem } from '@/lib/stems/upload';

export const GET = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const song = await getSong(appContext().db, user.userId, songId);
  return Response.json({ stems: song.stems });
});

/** Upload one stem: the raw file as the body, its name in `X-File-Name` (URI-encoded) or `?name=`. */
export const POST = route<{ songId: string }>(async (req, { songId }) => {
  const user = await requireUser(req);
  const ctx = appContext();
  const url = new URL(req.url);
  const header = req.headers.get('x-file-name');
  const fileName = header ? safeDecode(header) : (url.searchParams.get('name') ?? '');
  const length = req.headers.get('content-length');
  const body = req.body ? Readable.fromWeb(req.body as NodeWebStream<Uint8Array>) : Readable.from([]);
  const stem = await uploadStem(
    { db: ctx.db, blobs: ctx.blobs, maxUploadBytes: ctx.config.maxUploadBytes },
    user.userId,
    { songId, fileName, contentLength: length ? Number(length) : null, body },
  );
  await ctx.onStemStored?.({ id: stem.id, name: stem.name, songId });
  return Response.json({ stem }, { status: 201 });
});

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
