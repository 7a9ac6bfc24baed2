import Link from 'next/link';
import { AlbumTable } from '@/components/album/AlbumTable';
import { albumView } from '@/lib/album/album-view';
import { requirePageUser } from '@/lib/auth/page-user';
import { appContext } from '@/lib/context';
import { loadPage } from '@/lib/http/page-data';

export default async function AlbumPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/album`);
  const data = await loadPage(() => albumView(appContext().db, user.userId, projectId));
  if (!data.ok) return <p className="error">{data.message}</p>;
  const album = data.value;
  return (
    <div className="stack">
      <p className="muted small">
        <Link href={`/projects/${projectId}`}>Back to the project</Link>
      </p>
      <h1>{album.name}: album view</h1>
      {album.songs.length === 0 ? (
        <p className="empty">
          No songs yet. Add songs to the project and save a version of each to compare them here.
        </p>
      ) : (
        <>
          <p className="muted">
            Each song&apos;s latest approved version (or its latest version).{' '}
            {album.medianLufs === null
              ? 'The album median appears once bounces are ready.'
              : `Album median ${album.medianLufs.toFixed(1)} LUFS; songs more than ${album.outlierLu} LU away are flagged.`}
          </p>
          <AlbumTable songs={album.songs} outlierLu={album.outlierLu} />
        </>
      )}
    </div>
  );
}
