'use client';
import { useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

const CHOICES = ['artist', 'mix_engineer', 'mastering_engineer', 'owner'] as const;

/** The owner picks which roles must approve a version before it is locked and handed to mastering. */
export function RequiredRolesForm({
  projectId,
  initial,
  roleLabels,
}: {
  projectId: string;
  initial: string[];
  roleLabels: Record<string, string>;
}) {
  const [roles, setRoles] = useState(new Set(initial));
  const [status, setStatus] = useState<string | null>(null);
  const toggle = (role: string) =>
    setRoles((old) => {
      const next = new Set(old);
      if (next.has(role)) next.delete(role);
      else next.add(role);
      return next;
    });
  return (
    <form
      className="stack"
      aria-label="Who must approve"
      onSubmit={async (e) => {
        e.preventDefault();
        setStatus(null);
        try {
          await apiRequest(`/api/v1/projects/${projectId}/approval-roles`, 'PUT', { roles: [...roles] });
          setStatus('Saved. Versions not yet approved use the new rule.');
        } catch (error) {
          setStatus((error as Error).message);
        }
      }}
    >
      {CHOICES.map((role) => (
        <label key={role} className="row">
          <input type="checkbox" checked={roles.has(role)} onChange={() => toggle(role)} />{' '}
          {roleLabels[role] ?? role}
        </label>
      ))}
      <button type="submit" className="secondary" disabled={roles.size === 0}>
        Save approval rule
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
