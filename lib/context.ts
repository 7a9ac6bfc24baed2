import 'server-only';
import type { Database } from '@/db/client';
import type { EventBus } from '@/lib/events/bus';
import type { AccessChange } from '@/lib/projects/members';
import type { BlobStore } from '@/lib/storage/blob-store';

/** What the running process hands to route handlers and services: built once by server/, never by Next. */
export interface AppContext {
  db: Database;
  blobs: BlobStore;
  /** Live change notifications (notes…) for the SSE endpoint; in-process now, replaceable by a fan-out. */
  events: EventBus;
  config: {
    secret: string;
    dataDir: string;
    maxUploadBytes: number;
    publicUrl: string | null;
  };
  /** Server-side changes to a Yjs document (present once the sync server runs). */
  applyDocChange?: (room: string, change: (doc: import('yjs').Doc) => void) => Promise<void>;
  /** After a stem is stored: give it a track in the song's mix, wake the analysis worker. */
  onStemStored?: (stem: { id: string; name: string; songId: string }) => Promise<void>;
  /** After a version is saved: wake the bounce worker (lib/versions). */
  onVersionSaved?: (version: { id: string; songId: string }) => void;
  /**
   * Someone's access changed (role, membership, a revoked token): the sync server closes their open
   * sessions that it no longer allows (or whose role changed). Call after the change has committed.
   */
  onAccessChanged?: (change: AccessChange) => Promise<void>;
}

// Next bundles route handlers separately from server/, so the context is handed over through a
// process-wide symbol rather than a module variable: both module graphs see the same object.
const KEY = Symbol.for('mixroom.appContext');
type Holder = { [KEY]?: AppContext };

/** Installs the process's context (server/ does this once at start; tests per server). */
export function setAppContext(ctx: AppContext | undefined): void {
  (globalThis as Holder)[KEY] = ctx;
}

/** The process's context; throws if the app runs without server/ (e.g. plain `next dev`). */
export function appContext(): AppContext {
  const ctx = (globalThis as Holder)[KEY];
  if (!ctx) throw new Error('Mixroom must be started through server/index.ts (npm start / npm run dev).');
  return ctx;
}
