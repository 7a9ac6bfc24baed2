import type { AnalysisResult } from '@/lib/audio/analyser';
import { createAnalyser } from '@/lib/audio/analyser';
import type { AudioFacts } from '@/lib/audio/audio-facts';
import { openAudio } from '@/lib/audio/open-audio';
import type { Peaks } from '@/lib/audio/peaks';
import { err, ok, type Result } from '@/lib/audio/result';
import { fileByteSource } from '@/lib/storage/file-byte-source';

export interface AnalyzeFileOptions {
  /** Called with the fraction of the file consumed (0..1), at most about a hundred times. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /** Refuse audio longer than this (seconds of decoded audio). */
  maxDecodedSec?: number;
}

export interface FileAnalysis {
  facts: AudioFacts;
  analysis: AnalysisResult;
  peaks: Peaks;
}

const PROGRESS_STEP = 0.01;

/** Streams a file from disk through sniff → decoder → analyser; memory stays flat with file length. */
export const analyzeFile = async (
  path: string,
  options: AnalyzeFileOptions = {},
): Promise<Result<FileAnalysis>> => {
  let src: Awaited<ReturnType<typeof fileByteSource>>;
  try {
    src = await fileByteSource(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return err(
      code === 'ENOENT' ? 'The file does not exist.' : `The file could not be read (${code ?? 'error'}).`,
    );
  }
  try {
    const opened = await openAudio(src);
    if (!opened.ok) return opened;
    const { facts } = opened.value;
    const analyser = createAnalyser({
      sampleRate: facts.sampleRate,
      channels: facts.channels,
      channelWeights: opened.value.channelWeights,
    });
    let reported = 0;
    const decoded = await opened.value.decode(analyser.push, {
      maxFrames: options.maxDecodedSec === undefined ? undefined : options.maxDecodedSec * facts.sampleRate,
      isCancelled: () => options.signal?.aborted ?? false,
      onBytesRead: (bytes) => {
        const fraction = Math.min(1, bytes / src.size);
        if (options.onProgress && fraction - reported >= PROGRESS_STEP) {
          reported = fraction;
          options.onProgress(fraction);
        }
      },
    });
    if (!decoded.ok) return decoded;
    const { peaks, ...analysis } = analyser.finish();
    options.onProgress?.(1);
    return ok({ facts, analysis, peaks });
  } finally {
    await src.close();
  }
};
