'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

export function AcceptInviteButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function accept() {
    setBusy(true);
    try {
      const { membership } = await apiRequest<{ membership: { projectId: string } }>(
        `/api/v1/invites/${encodeURIComponent(token)}`,
        'POST',
      );
      router.push(`/projects/${membership.projectId}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <button type="button" onClick={() => void accept()} disabled={busy}>
        Join the project
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
