import type { AudioFacts } from '@/lib/audio/audio-facts';
import { memoryByteSource } from '@/lib/audio/byte-source';
import { openAudio } from '@/lib/audio/open-audio';
import type { Result } from '@/lib/audio/result';

export interface Decoded {
  facts: AudioFacts;
  channels: Float32Array[];
  largestBlock: number;
}

/** Opens and fully decodes in-memory bytes, concatenating the blocks. */
export const decodeAll = async (bytes: Uint8Array): Promise<Result<Decoded>> => {
  const opened = await openAudio(memoryByteSource(bytes));
  if (!opened.ok) return opened;
  const blocks: Float32Array[][] = [];
  let largestBlock = 0;
  const done = await opened.value.decode((block) => {
    blocks.push(block.map((ch) => ch.slice()));
    largestBlock = Math.max(largestBlock, block[0]!.length);
  });
  if (!done.ok) return done;
  const channels = opened.value.facts.channels;
  const total = blocks.reduce((n, b) => n + b[0]!.length, 0);
  const out = Array.from({ length: channels }, () => new Float32Array(total));
  let at = 0;
  for (const b of blocks) {
    b.forEach((ch, c) => {
      out[c]!.set(ch, at);
    });
    at += b[0]!.length;
  }
  return { ok: true, value: { facts: opened.value.facts, channels: out, largestBlock } };
};

/** RMS level in dBFS of a channel, skipping `skip` frames at both ends (codec edges). */
export const rmsDb = (x: Float32Array, skip = 0): number => {
  let sum = 0;
  for (let i = skip; i < x.length - skip; i++) sum += x[i]! * x[i]!;
  return 10 * Math.log10(sum / (x.length - 2 * skip));
};
