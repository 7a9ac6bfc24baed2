import { Readable } from 'node:stream';
import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { contentDisposition, parseRange } from '@/lib/http/download';
import { route } from '@/lib/http/route';
import { authorizeStem } from '@/lib/projects/access';

const MIME = { wav: 'audio/wav', flac: 'audio/flac', mp3: 'audio/mpeg' } as const;

/** The stem's original bytes, as an attachment, to members only. Supports Range and ETag (immutable content). */
export const GET = route<{ stemId: string }>(async (req, { stemId }) => {
  const user = await requireUser(req);
  const { db, blobs } = appContext();
  const { stem } = await authorizeStem(db, user.userId, stemId, 'stems.download');
  const etag = `"${stem.sha256}"`;
  const headers = new Headers({
    'content-type': MIME[stem.format],
    'content-disposition': contentDisposition(stem.fileName),
    'accept-ranges': 'bytes',
    etag,
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const range = parseRange(req.headers.get('range'), stem.sizeBytes);
  if (range === 'unsatisfiable') {
    headers.set('content-range', `bytes */${stem.sizeBytes}`);
    return new Response(null, { status: 416, headers });
  }
  const stream = blobs.createReadStream(stem.sha256, range ?? undefined);
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  if (range) {
    headers.set('content-range', `bytes ${range.start}-${range.end}/${stem.sizeBytes}`);
    headers.set('content-length', String(range.end - range.start + 1));
    return new Response(body, { status: 206, headers });
  }
  headers.set('content-length', String(stem.sizeBytes));
  return new Response(body, { status: 200, headers });
});
