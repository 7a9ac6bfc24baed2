import Link from 'next/link';
import { NotesProvider } from '@/components/notes/NotesContext';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { PlayableSongWorkspace } from '@/components/player/PlayableSongWorkspace';
import { StemTable } from '@/components/stems/StemTable';
import { StemUploader } from '@/components/stems/StemUploader';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { SongLoudness } from '@/components/versions/SongLoudness';
import { requirePageUser } from '@/lib/auth/page-user';
import { can, ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { loadPage } from '@/lib/http/page-data';
import { listMembers } from '@/lib/projects/service';
import { getSong } from '@/lib/songs/service';
import { latestApprovedVersion } from '@/lib/versions/latest-approved';
import { songLoudness } from '@/lib/versions/song-loudness';

export default async function SongPage({ params }: { params: Promise<{ songId: string }> }) {
  const { songId } = await params;
  const user = await requirePageUser(`/songs/${songId}`);
  const ctx = appContext();
  const data = await loadPage(async () => {
    const song = await getSong(ctx.db, user.userId, songId);
    const [approved, loudness, members] = await Promise.all([
      latestApprovedVersion(ctx.db, user.userId, songId),
      songLoudness(ctx.db, user.userId, songId),
      listMembers(ctx.db, user.userId, song.projectId),
    ]);
    return { song, approved, loudness, members };
  });
  if (!data.ok) return <p className="error">{data.message}</p>;
  const { song, approved, loudness, members } = data.value;
  return (
    <div className="stack">
      <p className="muted small">
        <Link href={`/projects/${song.projectId}`}>Back to the project</Link> · you are{' '}
        <span className="badge">{ROLE_LABELS[song.role]}</span>
      </p>
      <h1>{song.title}</h1>
      <p>
        <Link href={`/songs/${song.id}/versions`}>Versions, approvals and the handoff to mastering</Link>
        {approved && (
          <>
            {' '}
            <span className="badge" data-testid="approved-version-badge">
              {approved.name} approved · locked
            </span>{' '}
            <span className="muted small">
              mix changes here go to the live session, not to {approved.name}
            </span>
          </>
        )}
      </p>
      <SongLoudness figures={loudness} />
      <h2>Stems</h2>
      <StemTable songId={song.id} initial={song.stems} />
      {can(song.role, 'stems.upload') && (
        <StemUploader songId={song.id} maxUploadBytes={ctx.config.maxUploadBytes} />
      )}
      {/* Notes wrap the workspace so the player and timeline can read them and publish the playhead. */}
      <NotesProvider
        songId={song.id}
        members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email }))}
      >
        <ErrorBoundary label="The mix">
          <PlayableSongWorkspace
            songId={song.id}
            songTitle={song.title}
            stems={song.stems}
            canWrite={can(song.role, 'mix.write')}
            me={{ id: user.userId, name: user.name, roleLabel: ROLE_LABELS[song.role] }}
            roleLabels={ROLE_LABELS}
          />
        </ErrorBoundary>
        <ErrorBoundary label="Notes">
          <NotesPanel
            meId={user.userId}
            canWrite={can(song.role, 'notes.write')}
            durationSec={Math.max(0, ...song.stems.map((stem) => stem.durationSec))}
          />
        </ErrorBoundary>
      </NotesProvider>
    </div>
  );
}
