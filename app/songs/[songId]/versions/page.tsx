import Link from 'next/link';
import { VersionsPanel } from '@/components/versions/VersionsPanel';
import { requirePageUser } from '@/lib/auth/page-user';
import { can, ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { getSong } from '@/lib/songs/service';
import { listVersions } from '@/lib/versions/list-versions';

export default async function VersionsPage({ params }: { params: Promise<{ songId: string }> }) {
  const { songId } = await params;
  const user = await requirePageUser(`/songs/${songId}/versions`);
  const { db } = appContext();
  let song: Awaited<ReturnType<typeof getSong>>;
  let versions: Awaited<ReturnType<typeof listVersions>>;
  try {
    song = await getSong(db, user.userId, songId);
    versions = await listVersions(db, user.userId, songId);
  } catch (error) {
    if (error instanceof AppError) return <p className="error">{error.message}</p>;
    throw error;
  }
  return (
    <div className="stack">
      <p className="muted small">
        <Link href={`/songs/${songId}`}>Back to the mix</Link> · you are{' '}
        <span className="badge">{ROLE_LABELS[song.role]}</span>
      </p>
      <h1>{song.title}: versions</h1>
      <VersionsPanel
        songId={songId}
        initial={versions}
        roleLabels={ROLE_LABELS}
        can={{
          save: can(song.role, 'versions.save'),
          restore: can(song.role, 'mix.write'),
          approve: can(song.role, 'versions.approve'),
          handoff: can(song.role, 'handoff.download'),
        }}
      />
    </div>
  );
}
