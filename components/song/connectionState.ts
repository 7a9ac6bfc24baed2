import { CloseCode } from '@/lib/sync/closeCode';

/**
 * What the workspace says about its link to the sync server:
 * - `connecting`: first connection, nothing loaded yet;
 * - `connected`: synced with the server;
 * - `reconnecting`: the link dropped; edits stay local and merge when it comes back;
 * - `offline`: the browser reports no network; same as reconnecting, but said plainly;
 * - `closed`: the server refused us for good (signed out, removed from the project).
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionStatus {
  state: ConnectionState;
  /** Local edits made while not connected that the server has not acknowledged yet. */
  unsyncedChanges: boolean;
  /** When closed: the server's close code (see lib/sync/closeCode.ts). */
  closeCode?: number;
}

/** One line for the status pill. */
export const describeConnection = ({ state, unsyncedChanges, closeCode }: ConnectionStatus): string => {
  const pending = unsyncedChanges ? ' — unsynced changes will merge on reconnect' : '';
  switch (state) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'reconnecting':
      return `Reconnecting…${pending}`;
    case 'offline':
      return `Offline${pending}`;
    case 'closed':
      if (closeCode === CloseCode.Forbidden)
        return 'Disconnected — you are no longer a member of this project';
      if (closeCode === CloseCode.RoleChanged) return 'Your role in this project changed — reload the page';
      return 'Disconnected — reload the page to sign in again';
  }
};
