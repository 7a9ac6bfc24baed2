'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { MixDocument } from '@/components/song/useMixDocument';
import { apiRequest } from '@/components/ui/useApi';
import { applyMixState, type MixState } from '@/lib/mix';

/**
 * Restores a saved version (`?restore=<versionId>`) into the live mix from this tab, with this tab's origin:
 * the whole restore is one step of the user's own undo history (Ctrl+Z brings the previous mix back), and it
 * reaches everyone in the song like any other edit.
 */
export function RestoreIntoLiveMix({ mixDocument }: { mixDocument: MixDocument }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const versionId = params.get('restore');
  const done = useRef<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ready = mixDocument.mix !== null && mixDocument.connection.state === 'connected';

  useEffect(() => {
    if (!versionId || !ready || done.current === versionId) return;
    done.current = versionId;
    if (mixDocument.readOnly) {
      setMessage({
        ok: false,
        text: 'Your role cannot change the live mix, so the version was not restored.',
      });
      return;
    }
    void (async () => {
      try {
        const { version } = await apiRequest<{ version: { name: string; mix: MixState } }>(
          `/api/v1/versions/${encodeURIComponent(versionId)}`,
          'GET',
        );
        mixDocument.undoManager.stopCapturing();
        applyMixState(mixDocument.doc, version.mix, mixDocument.origin);
        mixDocument.undoManager.stopCapturing();
        setMessage({
          ok: true,
          text: `${version.name} restored into the live mix. Undo (Ctrl+Z) brings back the mix you had.`,
        });
      } catch (error) {
        setMessage({ ok: false, text: (error as Error).message });
      }
      router.replace(pathname, { scroll: false });
    })();
  }, [versionId, ready, mixDocument, router, pathname]);

  if (!message) return null;
  return (
    <p role="status" className={message.ok ? 'ok' : 'error'} data-testid="restore-status">
      {message.text}
    </p>
  );
}
