import Link from 'next/link';
import { ActivityFeed } from '@/components/activity/ActivityFeed';
import { listActivity } from '@/lib/activity/list-activity';
import { requirePageUser } from '@/lib/auth/page-user';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { loadPage } from '@/lib/http/page-data';

export default async function ActivityPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/activity`);
  const data = await loadPage(() => listActivity(appContext().db, user.userId, projectId, {}));
  if (!data.ok) return <p className="error">{data.message}</p>;
  const page = data.value;
  return (
    <div className="stack">
      <p className="muted small">
        <Link href={`/projects/${projectId}`}>Back to the project</Link>
      </p>
      <h1>Activity</h1>
      <ActivityFeed
        projectId={projectId}
        initial={page.events}
        initialNextBefore={page.nextBefore}
        roleLabels={ROLE_LABELS}
      />
    </div>
  );
}
