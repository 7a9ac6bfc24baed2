'use client';
import { useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

/** Freezes the live mix as the next version, with an optional label. */
export function SaveVersionForm({ songId, onSaved }: { songId: string; onSaved: () => void }) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="row"
      aria-label="Save version"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await apiRequest(`/api/v1/songs/${songId}/versions`, 'POST', { label });
          setLabel('');
          onSaved();
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <input
        aria-label="Version label"
        placeholder="Label, e.g. “vocal up in the chorus”"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        maxLength={200}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save version'}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
