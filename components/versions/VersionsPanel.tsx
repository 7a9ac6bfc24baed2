'use client';
import { useCallback, useEffect, useState } from 'react';
import { ApprovalBadge } from '@/components/approvals/ApprovalBadge';
import { DecisionForm } from '@/components/approvals/DecisionForm';
import { subscribeSongEvents } from '@/components/song/songEventSource';
import { BounceStatus } from './BounceStatus';
import { CompareForm } from './CompareForm';
import { SaveVersionForm } from './SaveVersionForm';
import type { VersionPermissions, VersionView } from './versionView';

const POLL_MS = 1500;

/** The song's versions: save, bounce state, approvals, restore, compare and the handoff download. */
export function VersionsPanel({
  songId,
  initial,
  can,
  roleLabels,
}: {
  songId: string;
  initial: VersionView[];
  can: VersionPermissions;
  roleLabels: Record<string, string>;
}) {
  const [versions, setVersions] = useState(initial);
  const refresh = useCallback(async () => {
    const response = await fetch(`/api/v1/songs/${songId}/versions`);
    if (response.ok) setVersions(((await response.json()) as { versions: VersionView[] }).versions);
  }, [songId]);
  // Someone else saves, approves or a bounce finishes: the song's event stream says so, we refetch.
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const subscription = subscribeSongEvents(songId, {
      'version.saved': refresh,
      'version.approved': refresh,
      'version.changed': refresh,
    });
    return () => subscription.close();
  }, [songId, refresh]);
  const pending = versions.some((v) => v.bounce.state === 'queued' || v.bounce.state === 'rendering');
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [pending, refresh]);

  return (
    <div className="stack">
      {can.save && <SaveVersionForm songId={songId} onSaved={refresh} />}
      {versions.length === 0 ? (
        <p className="empty">
          No versions yet.{' '}
          {can.save
            ? 'Save one when the mix is ready for a listen: it freezes the mix as it is now.'
            : 'The mix engineer saves one when the mix is ready for a listen.'}
        </p>
      ) : (
        <>
          {versions.length >= 2 && <CompareForm songId={songId} versions={versions} />}
          <ul className="list" aria-label="Versions">
            {versions.map((v) => (
              <li key={v.id} data-version={v.name} className="stack">
                <div className="row">
                  <strong>{v.name}</strong> {v.label}
                  <ApprovalBadge
                    approved={v.approved}
                    waitingFor={v.approvals.waitingFor}
                    changesRequestedBy={v.approvals.changesRequestedBy}
                    roleLabels={roleLabels}
                  />
                </div>
                <div className="muted small">
                  saved by {v.author.name} · {new Date(v.createdAt).toLocaleString()} ·{' '}
                  <BounceStatus version={v} />
                </div>
                {v.approvals.latest.length > 0 && (
                  <ul className="small" aria-label={`Decisions on ${v.name}`}>
                    {v.approvals.latest.map((d) => (
                      <li key={`${d.userId}-${d.at}`}>
                        {d.name} ({roleLabels[d.role] ?? d.role}):{' '}
                        {d.decision === 'approve' ? 'approved' : 'requested changes'}
                        {d.comment ? ` — “${d.comment}”` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <div className="row">
                  {can.restore && (
                    <a
                      className="button secondary"
                      href={`/songs/${songId}?restore=${v.id}`}
                      title="Opens the live mix and restores this version there; Undo (Ctrl+Z) brings your mix back"
                    >
                      Restore {v.name}
                    </a>
                  )}
                  {v.approved && can.handoff && v.bounce.ready && (
                    <a className="button" href={`/api/v1/versions/${v.id}/handoff`} download>
                      Download handoff package of {v.name}
                    </a>
                  )}
                </div>
                {can.approve && !v.approved && (
                  <DecisionForm versionId={v.id} versionName={v.name} onDone={refresh} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
