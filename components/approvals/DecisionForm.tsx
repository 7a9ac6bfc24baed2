'use client';
import { useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

/** Approve a version or request changes, with a comment. */
export function DecisionForm({
  versionId,
  versionName,
  onDone,
}: {
  versionId: string;
  versionName: string;
  onDone: () => void;
}) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'approve' | 'request_changes') => {
    setBusy(true);
    setError(null);
    try {
      await apiRequest(`/api/v1/versions/${versionId}/approvals`, 'POST', { decision, comment });
      setComment('');
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="row" aria-label={`Decide on ${versionName}`} onSubmit={(e) => e.preventDefault()}>
      <input
        aria-label={`Comment on ${versionName}`}
        placeholder="Comment (optional)"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={2000}
      />
      <button type="button" disabled={busy} onClick={() => decide('approve')}>
        Approve {versionName}
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => decide('request_changes')}>
        Request changes
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
