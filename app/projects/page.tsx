import Link from 'next/link';
import { CreateProjectForm } from '@/components/projects/CreateProjectForm';
import { requirePageUser } from '@/lib/auth/page-user';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { listProjects } from '@/lib/projects/service';

export default async function ProjectsPage() {
  const user = await requirePageUser('/projects');
  const projects = await listProjects(appContext().db, user.userId);
  return (
    <div className="grid-2">
      <section>
        <h1>Projects</h1>
        {projects.length === 0 ? (
          <p className="empty">
            No projects yet. Create one on the right, or open an invite link someone sent you.
          </p>
        ) : (
          <ul className="list" aria-label="Your projects">
            {projects.map((p) => (
              <li key={p.id} className="row">
                <Link href={`/projects/${p.id}`}>{p.name}</Link>
                <span className="badge">{p.kind === 'album' ? 'Album' : 'Single'}</span>
                <span className="badge">{ROLE_LABELS[p.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <aside>
        <h2>New project</h2>
        <CreateProjectForm />
      </aside>
    </div>
  );
}
