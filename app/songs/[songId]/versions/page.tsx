import Link from 'next/link';
import { VersionsPanel } from '@/components/versions/VersionsPanel';
import { requirePageUser } from '@/lib/auth/page-user';
import { can, ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { loadPage } from '@/lib/http/page-data';
import { getSong } from '@/lib/songs/service';
import { listVersions } from '@/lib/versions/list-versions';

export default async function VersionsPage({ params }: { params: Promise<{ songId: string }> }) {
  const { songId } = await params;
  const user = await requirePageUser(`/songs/${songId}/versions`);
  const { db } = appContext();
  const data = await loadPage(() =>
    Promise.all([getSong(db, user.userId, songId), listVersions(db, user.userId, songId)]),
  );
  if (!data.ok) return <p className="error">{data.message}</p>;
  const [song, versions] = data.value;
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
