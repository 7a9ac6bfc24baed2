'use client';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

const ROLES = [
  ['mix_engineer', 'Mix engineer'],
  ['artist', 'Artist'],
  ['mastering_engineer', 'Mastering engineer'],
  ['viewer', 'Viewer'],
] as const;

export function InviteForm({ projectId }: { projectId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    setLink(null);
    try {
      const { invite } = await apiRequest<{ invite: { url: string } }>(
        `/api/v1/projects/${projectId}/invites`,
        'POST',
        {
          role: String(form.get('role')),
          expiresInDays: Number(form.get('expiresInDays')),
        },
      );
      setLink(invite.url);
    } catch (e) {
      setError((e as Error).message);
    }
    setBusy(false);
  }

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
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {link && (
        <label>
          Send this link (it works once):
          <input readOnly value={link} aria-label="Invite link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </form>
  );
}
