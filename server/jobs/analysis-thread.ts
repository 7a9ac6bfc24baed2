// Runs inside a worker thread: analyses one file and reports progress, so a slow or hostile file never blocks
// the process's event loop and can be cut off (time and heap caps are set by the parent).
import { parentPort, workerData } from 'node:worker_threads';
import { encodePeaks } from '@/lib/audio/peaks-codec';
import { analyzeFile } from '@/server/audio/analyze-file';

export interface AnalysisJob {
  path: string;
  maxDecodedSec: number;
}

export type AnalysisThreadMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; analysis: import('@/lib/audio/analyser').AnalysisResult; peaks: Uint8Array }
  | { type: 'failed'; error: string };

const job = workerData as AnalysisJob;
const post = (message: AnalysisThreadMessage) => parentPort?.postMessage(message);

const result = await analyzeFile(job.path, {
  maxDecodedSec: job.maxDecodedSec,
  onProgress: (fraction) => post({ type: 'progress', fraction }),
});
if (result.ok)
  post({ type: 'done', analysis: result.value.analysis, peaks: encodePeaks(result.value.peaks) });
else post({ type: 'failed', error: result.error });
