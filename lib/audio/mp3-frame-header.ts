/** One parsed MPEG audio frame header (ISO 11172-3 / 13818-3, plus the MPEG 2.5 extension). */
export interface Mp3FrameHeader {
  /** 1 for MPEG-1, 2 for MPEG-2, 2.5 for MPEG-2.5. */
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  bitrateKbps: number;
  sampleRate: number;
  channels: 1 | 2;
  frameBytes: number;
  samplesPerFrame: number;
}

const BITRATES_KBPS: Record<string, readonly number[]> = {
  v1l1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  v1l2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  v1l3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2l1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  v2l23: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES_HZ: Record<string, readonly number[]> = {
  '1': [44100, 48000, 32000],
  '2': [22050, 24000, 16000],
  '2.5': [11025, 12000, 8000],
};

/**
 * Parses the 4-byte header at `offset`, or returns null when the bytes cannot be a frame header.
 * Free-format (bitrate index 0) is refused: its frame length cannot be known from the header alone.
 */
export const parseMp3FrameHeader = (bytes: Uint8Array, offset: number): Mp3FrameHeader | null => {
  if (offset < 0 || offset + 4 > bytes.length) return null;
  const b0 = bytes[offset]!;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  const b3 = bytes[offset + 3]!;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) {
    return null;
  }
  if ((b3 & 3) === 2) return null; // reserved emphasis
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const table =
    version === 1 ? (layer === 1 ? 'v1l1' : layer === 2 ? 'v1l2' : 'v1l3') : layer === 1 ? 'v2l1' : 'v2l23';
  const bitrateKbps = BITRATES_KBPS[table]![bitrateIndex]!;
  const sampleRate = SAMPLE_RATES_HZ[String(version)]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const bitsPerSec = bitrateKbps * 1000;
  let frameBytes: number;
  let samplesPerFrame: number;
  if (layer === 1) {
    frameBytes = (Math.floor((12 * bitsPerSec) / sampleRate) + padding) * 4;
    samplesPerFrame = 384;
  } else if (layer === 2 || version === 1) {
    frameBytes = Math.floor((144 * bitsPerSec) / sampleRate) + padding;
    samplesPerFrame = 1152;
  } else {
    frameBytes = Math.floor((72 * bitsPerSec) / sampleRate) + padding;
    samplesPerFrame = 576;
  }
  const channels = b3 >> 6 === 3 ? 1 : 2;
  return { version, layer, bitrateKbps, sampleRate, channels, frameBytes, samplesPerFrame };
};

/** True when two headers belong to the same stream (same version, layer and sample rate). */
export const sameMp3Stream = (a: Mp3FrameHeader, b: Mp3FrameHeader): boolean =>
  a.version === b.version && a.layer === b.layer && a.sampleRate === b.sampleRate;

/**
 * Checks that `count` frames chain from `offset` (each header valid and where the previous frame ends).
 * A chain that runs into the end of `bytes` after at least two frames also counts: the head was short.
 */
export const mp3FramesChainAt = (bytes: Uint8Array, offset: number, count: number): boolean => {
  const first = parseMp3FrameHeader(bytes, offset);
  if (!first) return false;
  let at = offset + first.frameBytes;
  for (let i = 1; i < count; i++) {
    if (at + 4 > bytes.length) return i >= 2;
    const next = parseMp3FrameHeader(bytes, at);
    if (!next || !sameMp3Stream(first, next)) return false;
    at += next.frameBytes;
  }
  return true;
};

/** Size in bytes of an ID3v2 tag at `offset` (header, body and footer), or 0 when there is none. */
export const id3v2TagBytes = (bytes: Uint8Array, offset: number): number => {
  if (offset + 10 > bytes.length) return 0;
  if (bytes[offset] !== 0x49 || bytes[offset + 1] !== 0x44 || bytes[offset + 2] !== 0x33) return 0;
  const major = bytes[offset + 3]!;
  if (major === 0xff || bytes[offset + 4] === 0xff) return 0;
  let size = 0;
  for (let i = 6; i < 10; i++) {
    const b = bytes[offset + i]!;
    if (b & 0x80) return 0; // sizes are synchsafe: 7 bits a byte
    size = size * 128 + b;
  }
  const hasFooter = (bytes[offset + 5]! & 0x10) !== 0;
  return 10 + size + (hasFooter ? 10 : 0);
};
