import type { ByteSource } from './byte-source';
import { id3v2TagBytes } from './mp3-frame-header';
import { err, ok, type Result } from './result';

/** The FLAC STREAMINFO facts and where the first audio frame starts. */
export interface FlacLayout {
  sampleRate: number;
  channels: number;
  bitDepth: number;
  /** Total frames (samples per channel); 0 when the encoder did not know. */
  totalFrames: number;
  maxFrameBytes: number;
  /** Offset of the "fLaC" marker (after any ID3v2 tag). */
  streamOffset: number;
  audioOffset: number;
}

const MAX_METADATA_BLOCKS = 512;
const STREAMINFO_BYTES = 34;

/** Reads the marker, STREAMINFO and walks the metadata blocks to the first frame. */
export const readFlacLayout = async (src: ByteSource): Promise<Result<FlacLayout>> => {
  const head = await src.read(0, 10);
  const streamOffset = id3v2TagBytes(head, 0);
  const marker = await src.read(streamOffset, 4 + 4 + STREAMINFO_BYTES);
  if (marker.length < 4 || String.fromCharCode(...marker.subarray(0, 4)) !== 'fLaC') {
    return err('This is not a FLAC file: the fLaC marker is missing.');
  }
  if (marker.length < 8 + STREAMINFO_BYTES || (marker[4]! & 0x7f) !== 0) {
    return err('The FLAC file is damaged: it does not start with a STREAMINFO block.');
  }
  const infoBytes = (marker[5]! << 16) | (marker[6]! << 8) | marker[7]!;
  if (infoBytes !== STREAMINFO_BYTES)
    return err('The FLAC file is damaged: its STREAMINFO block has the wrong size.');
  const s = marker.subarray(8);
  const maxFrameBytes = (s[7]! << 16) | (s[8]! << 8) | s[9]!;
  const sampleRate = (s[10]! << 12) | (s[11]! << 4) | (s[12]! >> 4);
  const channels = ((s[12]! >> 1) & 7) + 1;
  const bitDepth = (((s[12]! & 1) << 4) | (s[13]! >> 4)) + 1;
  const totalLow = ((s[14]! << 24) | (s[15]! << 16) | (s[16]! << 8) | s[17]!) >>> 0;
  const totalFrames = (s[13]! & 0x0f) * 2 ** 32 + totalLow;
  // Walk the remaining metadata blocks: each header says its length and whether it is the last.
  let at = streamOffset + 4;
  let last = false;
  for (let blocks = 0; !last; blocks++) {
    if (blocks >= MAX_METADATA_BLOCKS)
      return err('The FLAC file is damaged: it has too many metadata blocks.');
    const header = await src.read(at, 4);
    if (header.length < 4) return err('The FLAC file is truncated: it ends inside its metadata.');
    last = (header[0]! & 0x80) !== 0;
    if ((header[0]! & 0x7f) === 127)
      return err('The FLAC file is damaged: it has an invalid metadata block.');
    at += 4 + ((header[1]! << 16) | (header[2]! << 8) | header[3]!);
    if (at > src.size) return err('The FLAC file is truncated: it ends inside its metadata.');
  }
  return ok({ sampleRate, channels, bitDepth, totalFrames, maxFrameBytes, streamOffset, audioOffset: at });
};
