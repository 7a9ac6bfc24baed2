'use client';

/** Handlers by event type (`ready`, `note.changed`, `stem.changed`, …, and `error`). */
export type SongEventHandlers = Record<string, (event: MessageEvent<string>) => void>;

export interface SongEventSubscription {
  /** The shared EventSource's state (EventSource.CONNECTING / OPEN / CLOSED). */
  readyState(): number;
  close(): void;
}

interface Hub {
  source: EventSource;
  subscribers: number;
}

const hubs = new Map<string, Hub>();

/**
 * Listens to a song's event stream (`GET /api/v1/songs/:id/events`) through ONE EventSource per song
 * and page, however many parts of the page listen: over HTTP/1.1 every open stream holds one of the
 * browser's few connections to the host. The stream sends `ready` each time it (re)opens, meaning
 * "refetch now to cover what you missed"; a subscriber that joins an open stream gets its `ready`
 * at once.
 */
export function subscribeSongEvents(songId: string, handlers: SongEventHandlers): SongEventSubscription {
  let hub = hubs.get(songId);
  if (hub === undefined) {
    hub = { source: new EventSource(`/api/v1/songs/${encodeURIComponent(songId)}/events`), subscribers: 0 };
    hubs.set(songId, hub);
  }
  const { source } = hub;
  hub.subscribers += 1;
  const listeners = Object.entries(handlers).map(([type, handler]) => {
    const listener = (event: Event) => handler(event as MessageEvent<string>);
    source.addEventListener(type, listener);
    return [type, listener] as const;
  });
  if (source.readyState === EventSource.OPEN && handlers.ready) {
    queueMicrotask(() => handlers.ready?.(new MessageEvent('ready', { data: '{}' })));
  }
  let closed = false;
  return {
    readyState: () => source.readyState,
    close() {
      if (closed) return;
      closed = true;
      for (const [type, listener] of listeners) source.removeEventListener(type, listener);
      const current = hubs.get(songId);
      if (current === undefined) return;
      current.subscribers -= 1;
      if (current.subscribers === 0) {
        current.source.close();
        hubs.delete(songId);
      }
    },
  };
}
