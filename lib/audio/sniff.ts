import type { AudioFormat } from './audio-facts';
import { id3v2TagBytes, mp3FramesChainAt } from './mp3-frame-header';

/** How far into the head (after any ID3v2 tag) an MP3 stream may start, to step over a little junk. */
const MP3_SYNC_SEARCH_BYTES = 4096;
/** Consecutive valid frame headers needed before bytes are called MP3. */
const MP3_FRAMES_TO_TRUST = 3;

const ascii = (bytes: Uint8Array, offset: number, text: string): boolean => {
  if (offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** Offset of the first chain of valid MP3 frames at or after `from` within the search window, or -1. */
export const findMp3Sync = (bytes: Uint8Array, from: number, searchBytes = MP3_SYNC_SEARCH_BYTES): number => {
  const end = Math.min(bytes.length - 4, from + searchBytes);
  for (let i = from; i <= end; i++) {
    if (bytes[i] === 0xff && mp3FramesChainAt(bytes, i, MP3_FRAMES_TO_TRUST)) return i;
  }
  return -1;
};

/**
 * Recognises an audio container by its first bytes (give it 16 kB or more), never by the name.
 * An ID3v2 tag longer than the head is taken as MP3 on the tag's word; probeAudio checks the frames.
 */
export const sniffAudioFormat = (head: Uint8Array): AudioFormat | null => {
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'wav';
  if (ascii(head, 0, 'fLaC')) return 'flac';
  const tagBytes = id3v2TagBytes(head, 0);
  if (tagBytes > 0) {
    if (ascii(head, tagBytes, 'fLaC')) return 'flac';
    if (tagBytes + 4 > head.length) return 'mp3';
  }
  return findMp3Sync(head, tagBytes) >= 0 ? 'mp3' : null;
};
