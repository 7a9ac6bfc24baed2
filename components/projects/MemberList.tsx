'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/FormError';
import { apiRequest } from '@/components/ui/useApi';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: string;
}

/**
 * The project's members. An owner can give anyone another role or remove them (their open mix
 * sessions end at once); everyone can leave. The last owner can do neither: the server says so.
 */
export function MemberList({
  projectId,
  members,
  me,
  canManage,
  roleLabels,
}: {
  projectId: string;
  members: MemberRow[];
  me: string;
  canManage: boolean;
  roleLabels: Record<string, string>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (userId: string, run: () => Promise<unknown>, after?: () => void) => {
    setError(null);
    setBusy(userId);
    try {
      await run();
      if (after) after();
      else router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const url = (userId: string) => `/api/v1/projects/${projectId}/members/${encodeURIComponent(userId)}`;

  return (
    <>
      <ul className="list" aria-label="Members">
        {members.map((m) => {
          const self = m.userId === me;
          return (
            <li key={m.userId} data-member={m.email}>
              <div className="row">
                <span>
                  {m.name}
                  {self ? ' (you)' : ''}
                </span>
                {canManage ? (
                  <select
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={busy !== null}
                    onChange={(e) =>
                      act(m.userId, () => apiRequest(url(m.userId), 'PATCH', { role: e.target.value }))
                    }
                  >
                    {Object.entries(roleLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="badge">{roleLabels[m.role] ?? m.role}</span>
                )}
                {(canManage || self) && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy !== null}
                    aria-label={self ? 'Leave this project' : `Remove ${m.name} from the project`}
                    onClick={() => {
                      const question = self
                        ? 'Leave this project? You will need a new invite to come back.'
                        : `Remove ${m.name} from the project? Their open sessions end now; their notes stay.`;
                      if (!window.confirm(question)) return;
                      void act(
                        m.userId,
                        () => apiRequest(url(m.userId), 'DELETE'),
                        self ? () => router.push('/projects') : undefined,
                      );
                    }}
                  >
                    {self ? 'Leave' : 'Remove'}
                  </button>
                )}
              </div>
              <div className="muted small">{m.email}</div>
            </li>
          );
        })}
      </ul>
      <FormError error={error} />
    </>
  );
}
