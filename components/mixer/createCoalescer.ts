/** Timer functions a coalescer uses; injectable so tests run on a fake clock. */
export interface CoalescerTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Coalescer<T> {
  /** Offers a value; it is sent now if the interval allows, otherwise when it ends (latest value wins). */
  push(value: T): void;
  /** Sends the pending value at once (a drag's release), so the final value is never lost. */
  flush(): void;
  /** Drops the pending value without sending it. */
  cancel(): void;
}

const realTimers: CoalescerTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Rate-limits a stream of values to at most one `send` per `intervalMs` (leading and trailing edge):
 * a 60 Hz pointer drag becomes ~20 document updates per second instead of one per mouse event.
 */
export const createCoalescer = <T>(
  send: (value: T) => void,
  intervalMs: number,
  timers: CoalescerTimers = realTimers,
): Coalescer<T> => {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | null = null;
  let timer: unknown = null;

  const sendNow = (value: T): void => {
    lastSentAt = timers.now();
    send(value);
  };
  const clearTimer = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const fire = (): void => {
    timer = null;
    const next = pending;
    pending = null;
    if (next) sendNow(next.value);
  };

  return {
    push(value) {
      const waitMs = lastSentAt + intervalMs - timers.now();
      if (waitMs <= 0 && timer === null) {
        sendNow(value);
        return;
      }
      pending = { value };
      timer ??= timers.setTimeout(fire, Math.max(0, waitMs));
    },
    flush() {
      clearTimer();
      fire();
    },
    cancel() {
      clearTimer();
      pending = null;
    },
  };
};
