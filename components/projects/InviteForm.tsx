'use client';
import { useState } from 'react';
import { FormError } from '@/components/ui/FormError';
import { apiRequest } from '@/components/ui/useApi';
import { useFormAction } from '@/components/ui/useFormAction';

const ROLES = [
  ['mix_engineer', 'Mix engineer'],
  ['artist', 'Artist'],
  ['mastering_engineer', 'Mastering engineer'],
  ['viewer', 'Viewer'],
] as const;

export function InviteForm({ projectId }: { projectId: string }) {
  const [link, setLink] = useState<string | null>(null);
  const { onSubmit, error, busy } = useFormAction(async (form) => {
    setLink(null);
    const { invite } = await apiRequest<{ invite: { url: string } }>(
      `/api/v1/projects/${projectId}/invites`,
      'POST',
      {
        role: String(form.get('role')),
        expiresInDays: Number(form.get('expiresInDays')),
      },
    );
    setLink(invite.url);
  });

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Invite someone">
      <label>
        Role
        <select name="role" defaultValue="artist">
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Link valid for
        <select name="expiresInDays" defaultValue="7">
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </select>
      </label>
      <button type="submit" disabled={busy}>
        Create invite link
      </button>
      <FormError error={error} />
      {link && (
        <label>
          Send this link (it works once):
          <input readOnly value={link} aria-label="Invite link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </form>
  );
}
