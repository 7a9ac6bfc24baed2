import type { AudioFacts } from './audio-facts';
import type { ByteSource } from './byte-source';
import type { OpenedAudio } from './decode-types';
import { openFlac } from './open-flac';
import { openMp3 } from './open-mp3';
import { openWav } from './open-wav';
import { err, ok, type Result } from './result';
import { sniffAudioFormat } from './sniff';

const SNIFF_BYTES = 1 << 14;

/** Recognises the format by its bytes, checks the structure and returns facts plus a streaming decoder. */
export const openAudio = async (src: ByteSource): Promise<Result<OpenedAudio>> => {
  if (src.size === 0) return err('The file is empty.');
  const format = sniffAudioFormat(await src.read(0, SNIFF_BYTES));
  if (format === 'wav') return openWav(src);
  if (format === 'flac') return openFlac(src);
  if (format === 'mp3') return openMp3(src);
  return err('This file is not a WAV, FLAC or MP3 audio file.');
};

/** Cheap, strict structural check for the upload path: format, rate, channels, depth and length. */
export const probeAudio = async (src: ByteSource): Promise<Result<AudioFacts>> => {
  const opened = await openAudio(src);
  return opened.ok ? ok(opened.value.facts) : opened;
};
