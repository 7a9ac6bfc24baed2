import type { AudioFacts } from './audio-facts';
import type { ByteSource } from './byte-source';
import { openAudio } from './open-audio';
import { err, ok, type Result } from './result';

/** A whole file decoded: one Float32Array per channel. */
export interface DecodedAudio {
  facts: AudioFacts;
  channels: Float32Array[];
}

/**
 * Decodes a whole file into memory (short files, tests, stems that must be random-accessed).
 * `maxFrames` is required so a hostile or huge file cannot exhaust memory.
 */
export const decodeToMemory = async (src: ByteSource, maxFrames: number): Promise<Result<DecodedAudio>> => {
  const opened = await openAudio(src);
  if (!opened.ok) return opened;
  const { facts } = opened.value;
  const blocks: Float32Array[][] = [];
  let total = 0;
  const done = await opened.value.decode(
    (block) => {
      blocks.push(block.map((ch) => ch.slice()));
      total += block[0]!.length;
    },
    { maxFrames },
  );
  if (!done.ok) return done;
  if (total > maxFrames) return err(`The audio is longer than ${maxFrames} frames.`);
  const channels = Array.from({ length: facts.channels }, () => new Float32Array(total));
  let at = 0;
  for (const block of blocks) {
    for (let c = 0; c < channels.length; c++) channels[c]!.set(block[c]!, at);
    at += block[0]!.length;
  }
  return ok({ facts, channels });
};
