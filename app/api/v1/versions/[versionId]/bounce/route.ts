import { Readable } from 'node:stream';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { contentDisposition, parseRange } from '@/lib/http/download';
import { route } from '@/lib/http/route';
import { bounceFileName } from '@/lib/versions/bounce-file-name';
import { authorizeVersion } from '@/lib/versions/get-version';

/** The version's bounce (24-bit stereo WAV) to members; Range for the A/B player; 409 until it is ready. */
export const GET = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  const { db, blobs } = appContext();
  const { version } = await authorizeVersion(db, user.userId, versionId, 'stems.download');
  if (version.bounceState !== 'ready' || !version.bounceSha256)
    throw new AppError('conflict', `The bounce of v${version.number} is ${version.bounceState}.`);
  const size = await blobs.size(version.bounceSha256);
  const etag = `"${version.bounceSha256}"`;
  const headers = new Headers({
    'content-type': 'audio/wav',
    'content-disposition': contentDisposition(await bounceFileName(db, version)),
    'accept-ranges': 'bytes',
    etag,
    'cache-control': 'private, max-age=31536000, immutable',
  });
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const range = parseRange(req.headers.get('range'), size);
  if (range === 'unsatisfiable') {
    headers.set('content-range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const body = Readable.toWeb(
    blobs.createReadStream(version.bounceSha256, range ?? undefined),
  ) as ReadableStream;
  if (range) {
    headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
    headers.set('content-length', String(range.end - range.start + 1));
    return new Response(body, { status: 206, headers });
  }
  headers.set('content-length', String(size));
  return new Response(body, { status: 200, headers });
});
