import 'server-only';
import { appContext } from '@/lib/context';
import { songTopic } from '@/lib/events/topics';
import type { VersionDeps } from './version-deps';

/** Version services wired to the running process: the live mix, the bounce worker and the event bus. */
export function appVersionDeps(): VersionDeps & { onApproved: (v: { id: string; songId: string }) => void } {
  const ctx = appContext();
  return {
    db: ctx.db,
    applyDocChange: ctx.applyDocChange,
    onVersionSaved(version) {
      ctx.onVersionSaved?.(version);
      ctx.events.publish(songTopic(version.songId), { type: 'version.saved', versionId: version.id } as {
        type: string;
      });
    },
    onApproved(version) {
      ctx.events.publish(songTopic(version.songId), { type: 'version.approved', versionId: version.id } as {
        type: string;
      });
    },
  };
}

/** Tells live listeners of a song that a version changed (a decision was recorded, a bounce finished). */
export function publishVersionChanged(songId: string, versionId: string): void {
  appContext().events.publish(songTopic(songId), { type: 'version.changed', versionId } as { type: string });
}
