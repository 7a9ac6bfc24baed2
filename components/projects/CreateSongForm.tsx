'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

export function CreateSongForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { song } = await apiRequest<{ song: { id: string } }>(
        `/api/v1/projects/${projectId}/songs`,
        'POST',
        {
          title: String(form.get('title') ?? ''),
        },
      );
      router.push(`/songs/${song.id}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} aria-label="New song">
      <label>
        Song title
        <input name="title" required maxLength={200} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Add song
      </button>
    </form>
  );
}
