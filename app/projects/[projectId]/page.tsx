import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RequiredRolesForm } from '@/components/approvals/RequiredRolesForm';
import { CreateSongForm } from '@/components/projects/CreateSongForm';
import { InviteForm } from '@/components/projects/InviteForm';
import { MemberList } from '@/components/projects/MemberList';
import { requirePageUser } from '@/lib/auth/page-user';
import { can, ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { formatDuration } from '@/lib/format/duration';
import { loadPage } from '@/lib/http/page-data';
import { getProject, listMembers } from '@/lib/projects/service';
import { listSongs } from '@/lib/songs/service';

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}`);
  const { db } = appContext();
  const data = await loadPage(() =>
    Promise.all([
      getProject(db, user.userId, projectId),
      listSongs(db, user.userId, projectId),
      listMembers(db, user.userId, projectId),
    ]),
  );
  if (!data.ok) {
    if (data.code === 'not_found') notFound();
    return <p className="error">{data.message}</p>;
  }
  const [project, songs, members] = data.value;
  return (
    <div className="grid-2">
      <section>
        <p className="muted small">
          <Link href="/projects">Projects</Link> / {project.kind === 'album' ? 'Album' : 'Single'}
        </p>
        <h1>{project.name}</h1>
        <p className="row">
          <Link href={`/projects/${project.id}/album`}>Album view</Link>
          <Link href={`/projects/${project.id}/activity`}>Activity</Link>
        </p>
        <h2>Songs</h2>
        {songs.length === 0 ? (
          <p className="empty">
            No songs yet.{' '}
            {can(project.role, 'songs.create')
              ? 'Add one, then upload its stems.'
              : 'The engineer will add them.'}
          </p>
        ) : (
          <ul className="list" aria-label="Songs">
            {songs.map((song) => {
              const longest = Math.max(0, ...song.stems.map((s) => s.durationSec));
              return (
                <li key={song.id} className="row">
                  <Link href={`/songs/${song.id}`}>{song.title}</Link>
                  <span className="muted small">
                    {song.stems.length} stem{song.stems.length === 1 ? '' : 's'}
                    {song.stems.length > 0 ? ` · ${formatDuration(longest, 0)}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {can(project.role, 'songs.create') && (
          <>
            <h2>New song</h2>
            <CreateSongForm projectId={project.id} />
          </>
        )}
      </section>
      <aside>
        <h2>Members</h2>
        <MemberList
          projectId={project.id}
          members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role }))}
          me={user.userId}
          canManage={can(project.role, 'members.manage')}
          roleLabels={ROLE_LABELS}
        />
        {can(project.role, 'members.manage') && (
          <>
            <h2>Invite</h2>
            <InviteForm projectId={project.id} />
            <h2>Who must approve</h2>
            <RequiredRolesForm
              projectId={project.id}
              initial={project.requiredApprovalRoles}
              roleLabels={ROLE_LABELS}
            />
          </>
        )}
      </aside>
    </div>
  );
}
