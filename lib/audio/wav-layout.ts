import type { ByteSource } from './byte-source';
import { formatBytes } from './format-bytes';
import { err, ok, type Result } from './result';

/** The sample encoding of a WAV file, as its fmt chunk states it. */
export interface WavFormat {
  encoding: 'pcm' | 'float';
  /** Container bits per sample: 8, 16, 24, 32 (PCM) or 32, 64 (float). */
  bitsPerSample: number;
  channels: number;
  sampleRate: number;
  /** Bytes per frame (all channels of one sample instant). */
  blockAlign: number;
  /** WAVE_FORMAT_EXTENSIBLE speaker mask, when present. */
  channelMask?: number;
}

/** Where the samples are and how they are encoded. */
export interface WavLayout {
  format: WavFormat;
  dataOffset: number;
  dataBytes: number;
}

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;
/** Bound on the chunk walk so a file made of millions of empty chunks cannot keep us busy. */
const MAX_CHUNKS = 1024;
/** Unknown-size marker written by some streaming encoders: the data runs to the end of the file. */
const SIZE_UNKNOWN = 0xffffffff;

const fourcc = (b: Uint8Array, at: number): string =>
  String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 65536) >>> 0;

const parseFmt = (b: Uint8Array): Result<WavFormat> => {
  let tag = u16(b, 0);
  const channels = u16(b, 2);
  const sampleRate = u32(b, 4);
  const blockAlign = u16(b, 12);
  const bitsPerSample = u16(b, 14);
  let channelMask: number | undefined;
  if (tag === FORMAT_EXTENSIBLE) {
    if (b.length < 40) return err('The WAV file is damaged: its extensible fmt chunk is too short.');
    channelMask = u32(b, 20);
    tag = u16(b, 24); // first two bytes of the sub-format GUID carry the classic format tag
  }
  let encoding: WavFormat['encoding'];
  if (tag === FORMAT_PCM && [8, 16, 24, 32].includes(bitsPerSample)) encoding = 'pcm';
  else if (tag === FORMAT_FLOAT && (bitsPerSample === 32 || bitsPerSample === 64)) encoding = 'float';
  else {
    return err(
      `This WAV encoding is not supported (format ${tag}, ${bitsPerSample} bits): use PCM 8/16/24/32-bit or float 32/64-bit.`,
    );
  }
  if (channels === 0) return err('The WAV file declares zero channels.');
  if (blockAlign !== channels * (bitsPerSample / 8)) {
    return err(
      `The WAV file is damaged: a frame of ${channels} × ${bitsPerSample}-bit samples cannot be ${blockAlign} bytes long.`,
    );
  }
  return ok({ encoding, bitsPerSample, channels, sampleRate, blockAlign, channelMask });
};

/**
 * Walks the RIFF chunks (in any order, odd sizes padded) to find fmt and data. A data chunk that
 * declares more bytes than the file holds is refused as truncated.
 */
export const readWavLayout = async (src: ByteSource): Promise<Result<WavLayout>> => {
  const head = await src.read(0, 12);
  if (head.length < 12 || fourcc(head, 0) !== 'RIFF' || fourcc(head, 8) !== 'WAVE') {
    return err('This is not a WAV file: the RIFF/WAVE header is missing.');
  }
  let format: WavFormat | undefined;
  let data: { offset: number; bytes: number } | undefined;
  let at = 12;
  for (let chunks = 0; chunks < MAX_CHUNKS && (!format || !data); chunks++) {
    if (at + 8 > src.size) break;
    const header = await src.read(at, 8);
    if (header.length < 8) break;
    const id = fourcc(header, 0);
    const size = u32(header, 4);
    const bodyAt = at + 8;
    const remaining = src.size - bodyAt;
    if (id === 'data') {
      let bytes = size;
      if (size === SIZE_UNKNOWN) bytes = remaining;
      else if (size > remaining) {
        return err(
          `The WAV file is truncated: the data chunk declares ${formatBytes(size)} but only ${formatBytes(remaining)} are present.`,
        );
      }
      data = { offset: bodyAt, bytes };
      at = bodyAt + bytes + (bytes & 1);
      continue;
    }
    if (size > remaining) {
      return err(
        `The WAV file is damaged: its '${id.replace(/[^\x20-\x7e]/g, '?')}' chunk declares ${formatBytes(size)} but only ${formatBytes(remaining)} remain.`,
      );
    }
    if (id === 'fmt ') {
      if (size < 16)
        return err(`The WAV file is damaged: its fmt chunk is ${size} bytes long (16 at least).`);
      const parsed = parseFmt(await src.read(bodyAt, Math.min(size, 40)));
      if (!parsed.ok) return parsed;
      format = parsed.value;
    }
    at = bodyAt + size + (size & 1);
  }
  if (!format) return err('The WAV file has no fmt chunk, so its sample format is unknown.');
  if (!data) return err('The WAV file has no data chunk: it holds no audio.');
  const whole = data.bytes - (data.bytes % format.blockAlign);
  return ok({ format, dataOffset: data.offset, dataBytes: whole });
};
