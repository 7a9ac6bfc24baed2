'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createMixUndoManager, MIX_ROOT_KEY, type MixState, readMix } from '@/lib/mix';
import { formatMixRoom } from '@/lib/sync/roomName';
import type { ConnectionStatus } from './connectionState';
import { syncServerUrl } from './syncServerUrl';

/** Everything a song page component needs to read and write the live mix. */
export interface MixDocument {
  doc: Y.Doc;
  /** The mix, re-read on every document change; null until the server's state has arrived. */
  mix: MixState | null;
  /** True for roles that may only listen: the UI disables its controls (the server drops their updates). */
  readOnly: boolean;
  connection: ConnectionStatus;
  awareness: Awareness | null;
  /** Origin of this tab's edits: pass it to every `lib/mix` writer so undo reverts only them. */
  origin: object;
  undoManager: Y.UndoManager;
}

const isInitialised = (doc: Y.Doc): boolean => doc.getMap(MIX_ROOT_KEY).has('schemaVersion');

/**
 * Joins the song's mix room: one Y.Doc and one WebsocketProvider per mounted workspace. Edits made while
 * disconnected stay in the local doc and merge on reconnect (y-websocket resyncs state vectors).
 */
export function useMixDocument(songId: string, { readOnly }: { readOnly: boolean }): MixDocument {
  // The doc and the undo manager live as long as the component; the provider only while mounted.
  const [{ doc, origin, undoManager }] = useState(() => {
    const doc = new Y.Doc();
    const origin = { tab: 'local-edit' };
    return { doc, origin, undoManager: createMixUndoManager(doc, origin) };
  });
  const [mix, setMix] = useState<MixState | null>(null);
  const [awareness, setAwareness] = useState<Awareness | null>(null);
  const [connection, setConnection] = useState<ConnectionStatus>({
    state: 'connecting',
    unsyncedChanges: false,
  });

  useEffect(() => {
    const refresh = () => setMix(isInitialised(doc) ? readMix(doc) : null);
    doc.on('update', refresh);
    refresh();
    return () => doc.off('update', refresh);
  }, [doc]);

  useEffect(() => {
    // Cross-tab BroadcastChannel is off: it would carry a reader's local edits to a writer's tab.
    const provider = new WebsocketProvider(syncServerUrl(window.location), formatMixRoom(songId), doc, {
      disableBc: true,
    });
    let everConnected = false;
    let unsynced = false;
    let closeCode: number | undefined;
    const update = () => {
      let state: ConnectionStatus['state'];
      // The browser's own "no network" wins: a socket can look open for a while after the link died.
      if (!provider.shouldConnect) state = 'closed';
      else if (!navigator.onLine) state = 'offline';
      else if (provider.wsconnected && provider.synced) state = 'connected';
      else state = everConnected ? 'reconnecting' : 'connecting';
      if (state === 'connected') unsynced = false;
      const code = state === 'closed' ? closeCode : undefined;
      setConnection((previous) =>
        previous.state === state && previous.unsyncedChanges === unsynced && previous.closeCode === code
          ? previous
          : { state, unsyncedChanges: unsynced, closeCode: code },
      );
    };
    const onSync = (synced: boolean) => {
      if (synced) everConnected = true;
      update();
    };
    const onLocalUpdate = (_update: Uint8Array, updateOrigin: unknown) => {
      if (updateOrigin === provider || readOnly) return;
      if (!(provider.wsconnected && provider.synced && navigator.onLine) && !unsynced) {
        unsynced = true;
        update();
      }
    };
    provider.on('status', update);
    provider.on('sync', onSync);
    const onClosed = (event: { code: number }) => {
      closeCode = event.code;
      update();
    };
    provider.on('closed', onClosed);
    doc.on('update', onLocalUpdate);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    setAwareness(provider.awareness);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      doc.off('update', onLocalUpdate);
      provider.destroy();
      setAwareness(null);
    };
  }, [doc, songId, readOnly]);

  return useMemo(
    () => ({ doc, mix, readOnly, connection, awareness, origin, undoManager }),
    [doc, mix, readOnly, connection, awareness, origin, undoManager],
  );
}
