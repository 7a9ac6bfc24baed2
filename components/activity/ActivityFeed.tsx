'use client';
import { useState } from 'react';
import { type ActivityView, describeActivity } from './describeActivity';

/** The project's activity, newest first, with a button for older entries. */
export function ActivityFeed({
  projectId,
  initial,
  initialNextBefore,
  roleLabels,
}: {
  projectId: string;
  initial: ActivityView[];
  initialNextBefore: string | null;
  roleLabels: Record<string, string>;
}) {
  const [events, setEvents] = useState(initial);
  const [nextBefore, setNextBefore] = useState(initialNextBefore);
  const [busy, setBusy] = useState(false);
  const more = async () => {
    if (!nextBefore) return;
    setBusy(true);
    const response = await fetch(
      `/api/v1/projects/${projectId}/activity?before=${encodeURIComponent(nextBefore)}`,
    );
    if (response.ok) {
      const page = (await response.json()) as { events: ActivityView[]; nextBefore: string | null };
      setEvents((old) => [...old, ...page.events]);
      setNextBefore(page.nextBefore);
    }
    setBusy(false);
  };
  if (events.length === 0)
    return <p className="empty">Nothing has happened yet. Add a song and upload its stems to get going.</p>;
  return (
    <div className="stack">
      <ol className="list" aria-label="Activity">
        {events.map((e) => (
          <li key={e.id} className="row">
            <span>{describeActivity(e, roleLabels)}</span>
            <time className="muted small" dateTime={e.createdAt}>
              {new Date(e.createdAt).toLocaleString()}
            </time>
          </li>
        ))}
      </ol>
      {nextBefore && (
        <button type="button" className="secondary" onClick={more} disabled={busy}>
          {busy ? 'Loading…' : 'Older activity'}
        </button>
      )}
    </div>
  );
}
