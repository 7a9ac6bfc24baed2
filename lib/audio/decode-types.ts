import type { AudioFacts } from './audio-facts';
import type { Result } from './result';

/** Receives decoded audio, one Float32Array per channel, all the same length. Do not keep the arrays. */
export type BlockSink = (block: Float32Array[]) => void;

/** Limits and hooks for a streaming decode. */
export interface DecodeOptions {
  /** Refuse (with an error) audio longer than this many frames. */
  maxFrames?: number;
  /** Polled between blocks; returning true stops the decode with an error. */
  isCancelled?: () => boolean;
  /** Told how many bytes of the source have been consumed so far. */
  onBytesRead?: (bytes: number) => void;
}

/** A file whose structure has been checked, ready to stream its samples. */
export interface OpenedAudio {
  facts: AudioFacts;
  /** BS.1770 channel weights when the file names its speakers (WAV extensible); else use the defaults. */
  channelWeights?: number[];
  /** Decodes every sample once, in order, calling `onBlock` with bounded-size blocks. */
  decode(onBlock: BlockSink, options?: DecodeOptions): Promise<Result<{ frames: number }>>;
}

export const CANCELLED_MESSAGE = 'The analysis was cancelled.';

/** The message for audio longer than the caller allows. */
export const tooLongMessage = (maxFrames: number, sampleRate: number): string =>
  `The audio is longer than the ${Math.round(maxFrames / sampleRate)} s limit.`;
