import type * as Y from 'yjs';
import type { Database } from '@/db/client';

/** What the version services need from the running process (appContext() in the app, fakes-free doubles in tests). */
export interface VersionDeps {
  db: Database;
  /** Reads or changes a song's live mix document (the sync server's `applyServerChange`). */
  applyDocChange?: (room: string, change: (doc: Y.Doc) => void) => Promise<void>;
  /** Called after a version is stored (wakes the bounce worker, publishes live events). */
  onVersionSaved?: (version: { id: string; songId: string }) => void;
}
