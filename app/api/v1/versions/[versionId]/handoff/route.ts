import { requireUser } from '@/lib/auth/request-user';
import { appContext } from '@/lib/context';
import { buildHandoff } from '@/lib/handoff/build-handoff';
import { zipStream } from '@/lib/handoff/zip-stream';
import { contentDisposition } from '@/lib/http/download';
import { route } from '@/lib/http/route';

/** The handoff package of an approved version, streamed as one zip. */
export const GET = route<{ versionId: string }>(async (req, { versionId }) => {
  const user = await requireUser(req);
  const { db, blobs } = appContext();
  const { fileName, entries } = await buildHandoff({ db, blobs }, user.userId, versionId);
  return new Response(zipStream(entries), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': contentDisposition(fileName),
      'cache-control': 'private, no-store',
    },
  });
});
