// Runs inside a worker thread: bounces one version so a long render never blocks the event loop and can be
// cut off (time and heap caps are set by the parent).
import { parentPort, workerData } from 'node:worker_threads';
import { type BounceOutcome, type BounceRequest, bounceToWav } from './bounce-render';

export type BounceJob = Omit<BounceRequest, 'onProgress'>;

export type BounceThreadMessage =
  | { type: 'progress'; fraction: number }
  | ({ type: 'done' } & BounceOutcome)
  | { type: 'failed'; error: string };

const job = workerData as BounceJob;
const post = (message: BounceThreadMessage) => parentPort?.postMessage(message);

try {
  const result = await bounceToWav({
    ...job,
    onProgress: (fraction) => post({ type: 'progress', fraction }),
  });
  if (result.ok) post({ type: 'done', ...result.value });
  else post({ type: 'failed', error: result.error });
} catch (error) {
  post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}
