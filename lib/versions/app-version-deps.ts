import 'server-only';
import { appContext } from '@/lib/context';
import { songTopic } from '@/lib/events/topics';
import type { VersionDeps } from './version-deps';
import { versionEvent } from './version-event';

/** Version services wired to the running process: the live mix, the bounce worker and the event bus. */
export function appVersionDeps(): VersionDeps & { onApproved: (v: { id: string; songId: string }) => void } {
  const ctx = appContext();
  return {
    db: ctx.db,
    applyDocChange: ctx.applyDocChange,
    onVersionSaved(version) {
      ctx.onVersionSaved?.(version);
      ctx.events.publish(songTopic(version.songId), versionEvent('version.saved', version.id));
    },
    onApproved(version) {
      ctx.events.publish(songTopic(version.songId), versionEvent('version.approved', version.id));
    },
  };
}

/** Tells live listeners of a song that a version changed (a decision was recorded, a bounce finished). */
export function publishVersionChanged(songId: string, versionId: string): void {
  appContext().events.publish(songTopic(songId), versionEvent('version.changed', versionId));
}
