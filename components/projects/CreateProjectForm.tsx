'use client';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/ui/FormError';
import { apiRequest } from '@/components/ui/useApi';
import { useFormAction } from '@/components/ui/useFormAction';

export function CreateProjectForm() {
  const router = useRouter();
  const { onSubmit, error, busy } = useFormAction(async (form) => {
    const { project } = await apiRequest<{ project: { id: string } }>('/api/v1/projects', 'POST', {
      name: String(form.get('name') ?? ''),
      kind: String(form.get('kind') ?? 'single'),
    });
    router.push(`/projects/${project.id}`);
  });

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
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        Create project
      </button>
    </form>
  );
}
