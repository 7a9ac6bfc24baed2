'use client';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/ui/FormError';
import { apiRequest } from '@/components/ui/useApi';
import { useFormAction } from '@/components/ui/useFormAction';

export function CreateSongForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { onSubmit, error, busy } = useFormAction(async (form) => {
    const { song } = await apiRequest<{ song: { id: string } }>(
      `/api/v1/projects/${projectId}/songs`,
      'POST',
      {
        title: String(form.get('title') ?? ''),
      },
    );
    router.push(`/songs/${song.id}`);
  });

  return (
    <form className="form" onSubmit={onSubmit} aria-label="New song">
      <label>
        Song title
        <input name="title" required maxLength={200} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        Add song
      </button>
    </form>
  );
}
