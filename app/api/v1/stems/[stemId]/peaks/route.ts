import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { authorizeStem } from '@/lib/projects/access';

/** The stem's waveform peaks (binary format of lib/audio/peaks-codec.ts), once analysed. */
export const GET = route<{ stemId: string }>(async (req, { stemId }) => {
  const user = await requireUser(req);
  const { db, blobs } = appContext();
  const { stem } = await authorizeStem(db, user.userId, stemId, 'project.read');
  if (!stem.peaksSha256)
    throw new AppError('not_found', `The stem is not analysed yet (${stem.analysisState}).`);
  const etag = `"${stem.peaksSha256}"`;
  const headers = {
    etag,
    'content-type': 'application/octet-stream',
    'cache-control': 'private, max-age=31536000, immutable',
  };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(await blobs.read(stem.peaksSha256)), { headers });
});
