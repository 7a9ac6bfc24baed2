/**
 * What travels on the bus: a JSON-serialisable, tagged message. A fan-out across processes (Redis
 * pub/sub, DESIGN.md scale-out) serialises it as it is, so never put class instances or Dates in it.
 */
export interface BusEvent {
  type: string;
}

export type BusListener = (event: BusEvent) => void;

/**
 * The smallest interface the app needs to tell live listeners that something changed. Services publish
 * after their transaction commits; the SSE endpoint subscribes per request. An in-process implementation
 * is enough for one process; a Redis-backed one can replace it without touching callers.
 */
export interface EventBus {
  /** Delivers `event` to every current subscriber of `topic` (fire and forget). */
  publish(topic: string, event: BusEvent): void;
  /** Starts delivering `topic`'s events to `listener`; returns the function that stops it. */
  subscribe(topic: string, listener: BusListener): () => void;
}

/** An in-process bus: listeners are called synchronously; one that throws does not stop the others. */
export function createEventBus(options: { onListenerError?: (error: unknown) => void } = {}): EventBus {
  const listenersByTopic = new Map<string, Set<BusListener>>();
  const onListenerError = options.onListenerError ?? ((error) => console.error(error));
  return {
    publish(topic, event) {
      const listeners = listenersByTopic.get(topic);
      if (!listeners) return;
      // A listener may unsubscribe while we deliver: iterate over a copy.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(topic, listener) {
      let listeners = listenersByTopic.get(topic);
      if (!listeners) {
        listeners = new Set();
        listenersByTopic.set(topic, listeners);
      }
      listeners.add(listener);
      return () => {
        const current = listenersByTopic.get(topic);
        if (!current) return;
        current.delete(listener);
        // Topics come and go with songs being listened to: drop empty sets so the map does not grow.
        if (current.size === 0) listenersByTopic.delete(topic);
      };
    },
  };
}
