import { checkStreamLimits } from './audio-facts';
import type { ByteSource } from './byte-source';
import { channelWeightsFromMask } from './channel-weights';
import { CANCELLED_MESSAGE, type OpenedAudio, tooLongMessage } from './decode-types';
import { pcmToFloat } from './pcm-to-float';
import { readChunks } from './read-chunks';
import { err, ok, type Result } from './result';
import { readWavLayout } from './wav-layout';

const CHUNK_BYTES = 1 << 19;

/** Checks a WAV file's structure and returns its facts and a streaming decoder. */
export const openWav = async (src: ByteSource): Promise<Result<OpenedAudio>> => {
  const layout = await readWavLayout(src);
  if (!layout.ok) return layout;
  const { format, dataOffset, dataBytes } = layout.value;
  const limit = checkStreamLimits(format.sampleRate, format.channels);
  if (limit) return err(limit);
  const frames = dataBytes / format.blockAlign;
  const facts = {
    format: 'wav' as const,
    sampleRate: format.sampleRate,
    channels: format.channels,
    bitDepth: format.bitsPerSample,
    durationSec: frames / format.sampleRate,
    frames,
  };
  return ok({
    facts,
    channelWeights: channelWeightsFromMask(format.channelMask, format.channels),
    decode: async (onBlock, options = {}) => {
      if (options.maxFrames !== undefined && frames > options.maxFrames) {
        return err(tooLongMessage(options.maxFrames, format.sampleRate));
      }
      const chunkBytes = CHUNK_BYTES - (CHUNK_BYTES % format.blockAlign);
      let done = 0;
      let block: Float32Array[] | undefined;
      for await (const chunk of readChunks(src, dataOffset, dataOffset + dataBytes, chunkBytes, true)) {
        if (options.isCancelled?.()) return err(CANCELLED_MESSAGE);
        // BlockSink consumers may not keep blocks, so each block's storage is reused for the next.
        block = pcmToFloat(chunk, format, block);
        done += block[0]!.length;
        onBlock(block);
        options.onBytesRead?.(dataOffset + done * format.blockAlign);
      }
      if (done < frames) return err('The WAV file became shorter while it was being read.');
      return ok({ frames: done });
    },
  });
};
