import { Worker } from 'node:worker_threads';

/** What a job thread posts: progress while it works, then one final message. */
export type ThreadMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'failed'; error: string }
  | { type: string };

export interface RunThreadOptions {
  /** The thread's entry module (an .mjs that registers tsx, then imports the TypeScript body). */
  entry: URL;
  workerData: unknown;
  /** "analysis", "bounce": used in failure messages. */
  what: string;
  timeoutMs: number;
  maxHeapMb: number;
  onProgress(fraction: number): void;
  /** True once the owner is shutting down: an exit then reads as an interruption, not a crash. */
  isClosing(): boolean;
  /** Told the running thread (and null when it is over), so a shutdown can terminate it. */
  onThread(worker: Worker | null): void;
}

/**
 * Runs one job in a worker thread with a heap cap and a time cap, and resolves with its final message; a
 * crash, a timeout or running out of memory resolves as `{ type: 'failed', error }` with a readable reason.
 */
export async function runThread<M extends ThreadMessage>(
  options: RunThreadOptions,
): Promise<M | { type: 'failed'; error: string }> {
  const worker = new Worker(options.entry, {
    workerData: options.workerData,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
  });
  options.onThread(worker);
  const failed = (error: string) => ({ type: 'failed' as const, error });
  try {
    return await new Promise<M | { type: 'failed'; error: string }>((resolve) => {
      const timer = setTimeout(() => {
        resolve(
          failed(
            `The ${options.what} took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`,
          ),
        );
        void worker.terminate();
      }, options.timeoutMs);
      worker.on('message', (message: M) => {
        if (message.type === 'progress') {
          options.onProgress((message as { fraction: number }).fraction);
          return;
        }
        clearTimeout(timer);
        resolve(message);
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        resolve(
          failed(
            /heap|memory/i.test(error.message) ? `The ${options.what} ran out of memory.` : error.message,
          ),
        );
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        resolve(
          failed(
            options.isClosing()
              ? 'Interrupted by shutdown.'
              : `The ${options.what} stopped unexpectedly (${code}).`,
          ),
        );
      });
    });
  } finally {
    options.onThread(null);
    void worker.terminate();
  }
}

/** Calls `write` at most once per `intervalMs` (progress rows are not worth a write per message). */
export function throttled(intervalMs: number, write: (fraction: number) => void): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    write(fraction);
  };
}
