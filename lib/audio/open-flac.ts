import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { checkStreamLimits } from './audio-facts';
import type { ByteSource } from './byte-source';
import { type BlockSink, CANCELLED_MESSAGE, type OpenedAudio, tooLongMessage } from './decode-types';
import { readFlacLayout } from './flac-layout';
import { readChunks } from './read-chunks';
import { err, ok, type Result } from './result';

const CHUNK_BYTES = 1 << 18;
/** Bounds on how much we feed the decoder to see the first frame come out. */
const FIRST_FRAME_MIN_BYTES = 1 << 16;
const FIRST_FRAME_MAX_BYTES = 1 << 22;

interface DecodedChunk {
  channelData: Float32Array[];
  samplesDecoded: number;
  errors: { message: string }[];
}

const damaged = (d: DecodedChunk): string =>
  `The FLAC file is damaged: ${d.errors[0]?.message ?? 'a frame could not be decoded'}.`;

/** Feeds the decoder just enough bytes to prove that the first audio frame decodes. */
const firstFrameDecodes = async (
  src: ByteSource,
  streamOffset: number,
  audioOffset: number,
  maxFrameBytes: number,
) => {
  const want = Math.min(FIRST_FRAME_MAX_BYTES, Math.max(FIRST_FRAME_MIN_BYTES, 2 * maxFrameBytes + 4096));
  const end = Math.min(src.size, audioOffset + want);
  const decoder = new FLACDecoder();
  try {
    await decoder.ready;
    let out = (await decoder.decode(await src.read(streamOffset, end - streamOffset))) as DecodedChunk;
    if (out.samplesDecoded === 0 && out.errors.length === 0 && end === src.size) {
      out = (await decoder.flush()) as DecodedChunk;
    }
    if (out.errors.length > 0) return err(damaged(out));
    if (out.samplesDecoded === 0)
      return err('The FLAC file is damaged: its first audio frame does not decode.');
    return ok(true);
  } finally {
    decoder.free();
  }
};

/** Checks a FLAC file (STREAMINFO, first frame) and returns its facts and a streaming decoder. */
export const openFlac = async (src: ByteSource): Promise<Result<OpenedAudio>> => {
  const layout = await readFlacLayout(src);
  if (!layout.ok) return layout;
  const { sampleRate, channels, bitDepth, totalFrames, audioOffset, maxFrameBytes, streamOffset } =
    layout.value;
  const limit = checkStreamLimits(sampleRate, channels);
  if (limit) return err(limit);
  if (totalFrames === 0) {
    return err(
      'The FLAC file does not state its length (it was written as a live stream); please re-encode it.',
    );
  }
  if (audioOffset >= src.size) return err('The FLAC file has no audio frames.');
  const first = await firstFrameDecodes(src, streamOffset, audioOffset, maxFrameBytes);
  if (!first.ok) return first;
  const facts = {
    format: 'flac' as const,
    sampleRate,
    channels,
    bitDepth,
    durationSec: totalFrames / sampleRate,
    frames: totalFrames,
  };
  return ok({
    facts,
    decode: async (onBlock: BlockSink, options = {}) => {
      const maxFrames = options.maxFrames ?? Number.POSITIVE_INFINITY;
      if (totalFrames > maxFrames) return err(tooLongMessage(maxFrames, sampleRate));
      const decoder = new FLACDecoder();
      let frames = 0;
      const take = (out: DecodedChunk): string | null => {
        if (out.errors.length > 0) return damaged(out);
        if (out.samplesDecoded === 0) return null;
        if (out.channelData.length !== channels)
          return 'The FLAC file is damaged: its channel count changes.';
        frames += out.samplesDecoded;
        if (frames > maxFrames) return tooLongMessage(maxFrames, sampleRate);
        onBlock(out.channelData);
        return null;
      };
      try {
        await decoder.ready;
        let read = streamOffset;
        for await (const chunk of readChunks(src, streamOffset, src.size, CHUNK_BYTES)) {
          if (options.isCancelled?.()) return err(CANCELLED_MESSAGE);
          const problem = take((await decoder.decode(chunk)) as DecodedChunk);
          if (problem) return err(problem);
          read += chunk.length;
          options.onBytesRead?.(read);
        }
        const problem = take((await decoder.flush()) as DecodedChunk);
        if (problem) return err(problem);
      } finally {
        decoder.free();
      }
      if (frames === 0) return err('The FLAC file has no audio frames that decode.');
      return ok({ frames });
    },
  });
};
