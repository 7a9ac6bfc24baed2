'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

export function CreateProjectForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { project } = await apiRequest<{ project: { id: string } }>('/api/v1/projects', 'POST', {
        name: String(form.get('name') ?? ''),
        kind: String(form.get('kind') ?? 'single'),
      });
      router.push(`/projects/${project.id}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={onSubmit} aria-label="New project">
      <label>
        Project name
        <input name="name" required maxLength={120} placeholder="e.g. Night Drive (single)" />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue="single">
          <option value="single">Single</option>
          <option value="album">Album</option>
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Create project
      </button>
    </form>
  );
}
