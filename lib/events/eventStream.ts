import type { BusEvent, EventBus } from './bus';

/** Comments keep proxies and browsers from closing an idle stream (most give up after 30–60 s). */
export const KEEP_ALIVE_MS = 15_000;
/**
 * A stream ends after this long and the browser's EventSource reconnects by itself: the reconnect runs
 * the membership check again, so someone removed from a project stops hearing it within this time.
 */
export const MAX_STREAM_MS = 5 * 60_000;
/** How long EventSource waits before reconnecting after the stream ends or drops. */
const RETRY_MS = 1_000;

/**
 * A `text/event-stream` response relaying one bus topic: first a `ready` event (subscribed from here on:
 * a client refetches then to cover what it missed), then each event as `event: <type>` with its JSON.
 * Unsubscribes when the client goes away (`signal`), the stream is cancelled, MAX_STREAM_MS passes, or
 * something arrives on `endOnTopic`.
 */
export function eventStreamResponse(
  bus: EventBus,
  topic: string,
  signal: AbortSignal,
  timing: { keepAliveMs?: number; maxStreamMs?: number } = {},
  /** Any event on this topic ends the stream at once (the reconnect runs the access check again). */
  endOnTopic?: string,
): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = bus.subscribe(topic, (event: BusEvent) => {
        send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const unsubscribeEnd = endOnTopic === undefined ? () => {} : bus.subscribe(endOnTopic, () => stop());
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), timing.keepAliveMs ?? KEEP_ALIVE_MS);
      const lifetime = setTimeout(() => stop(), timing.maxStreamMs ?? MAX_STREAM_MS);
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        unsubscribeEnd();
        clearInterval(keepAlive);
        clearTimeout(lifetime);
        signal.removeEventListener('abort', stop);
        try {
          controller.close();
        } catch {
          // Already closed or errored by the consumer: nothing left to do.
        }
      };
      signal.addEventListener('abort', stop);
      if (signal.aborted) stop();
      send(`retry: ${RETRY_MS}\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps the compression middleware from buffering the stream.
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
