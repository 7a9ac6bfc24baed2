import { MPEGDecoder } from 'mpg123-decoder';
import { checkStreamLimits } from './audio-facts';
import type { ByteSource } from './byte-source';
import { CANCELLED_MESSAGE, type OpenedAudio, tooLongMessage } from './decode-types';
import { readMp3Layout } from './mp3-layout';
import { readChunks } from './read-chunks';
import { err, ok, type Result } from './result';

const CHUNK_BYTES = 1 << 17;

/** Checks an MP3 file (frame walk) and returns its facts and a streaming decoder. */
export const openMp3 = async (src: ByteSource): Promise<Result<OpenedAudio>> => {
  const layout = await readMp3Layout(src);
  if (!layout.ok) return layout;
  const { sampleRate, channels, totalFrames, firstFrameOffset } = layout.value;
  const limit = checkStreamLimits(sampleRate, channels);
  if (limit) return err(limit);
  const facts = {
    format: 'mp3' as const,
    sampleRate,
    channels,
    durationSec: totalFrames / sampleRate,
    frames: totalFrames,
  };
  return ok({
    facts,
    decode: async (onBlock, options = {}) => {
      const maxFrames = options.maxFrames ?? Number.POSITIVE_INFINITY;
      // The walk's count is exact for CBR and trusted VBR headers; allow a frame of slack before refusing.
      if (totalFrames > maxFrames + 1152) return err(tooLongMessage(maxFrames, sampleRate));
      const decoder = new MPEGDecoder();
      let frames = 0;
      try {
        await decoder.ready;
        let read = firstFrameOffset;
        for await (const chunk of readChunks(src, firstFrameOffset, src.size, CHUNK_BYTES)) {
          if (options.isCancelled?.()) return err(CANCELLED_MESSAGE);
          // mpg123 steps over junk between frames and reports it; damaged frames are skipped, not fatal.
          const out = decoder.decode(chunk);
          read += chunk.length;
          options.onBytesRead?.(read);
          if (out.samplesDecoded === 0) continue;
          // The decoder hands a mono stream back as two identical channels; keep what the header says.
          if (out.channelData.length < channels) return err('The MP3 file changes its channel count midway.');
          frames += out.samplesDecoded;
          if (frames > maxFrames + 1152) return err(tooLongMessage(maxFrames, sampleRate));
          onBlock(out.channelData.length === channels ? out.channelData : out.channelData.slice(0, channels));
        }
      } finally {
        decoder.free();
      }
      if (frames === 0) return err('The MP3 file has no audio frames that decode.');
      return ok({ frames });
    },
  });
};
