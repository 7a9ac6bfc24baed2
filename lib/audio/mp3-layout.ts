import type { ByteSource } from './byte-source';
import { id3v2TagBytes, type Mp3FrameHeader, parseMp3FrameHeader, sameMp3Stream } from './mp3-frame-header';
import { err, ok, type Result } from './result';
import { findMp3Sync } from './sniff';

/** What the frame walk learned about an MP3 stream. */
export interface Mp3Layout {
  sampleRate: number;
  channels: number;
  /** Playable frames (samples per channel) after encoder delay and padding, when the LAME tag says them. */
  totalFrames: number;
  firstFrameOffset: number;
  /** How the length was found: a Xing/Info or VBRI header, or counting every frame. */
  lengthFrom: 'xing' | 'vbri' | 'count';
}

const WINDOW_BYTES = 1 << 16;
const HEAD_BYTES = 1 << 16;
/** No MPEG audio frame is shorter than this (Layer I at 32 kbps, 48 kHz is 32 bytes). */
const MIN_FRAME_BYTES = 24;

const ascii = (b: Uint8Array, at: number, text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const u32be = (b: Uint8Array, at: number): number =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** Reads a Xing/Info (with optional LAME delay/padding) or VBRI header inside the first frame. */
const readVbrHeader = (
  frame: Uint8Array,
  h: Mp3FrameHeader,
): { frames: number; trim: number; from: 'xing' | 'vbri' } | null => {
  const sideInfo = h.version === 1 ? (h.channels === 2 ? 32 : 17) : h.channels === 2 ? 17 : 9;
  const xingAt = 4 + sideInfo;
  if (frame.length >= xingAt + 12 && (ascii(frame, xingAt, 'Xing') || ascii(frame, xingAt, 'Info'))) {
    const flags = u32be(frame, xingAt + 4);
    if ((flags & 1) === 0) return null;
    const frames = u32be(frame, xingAt + 8);
    let pos = xingAt + 12 + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
    let trim = 0;
    // LAME-style extension (also written by ffmpeg): 12-bit encoder delay and 12-bit padding at +21.
    if (frame.length >= pos + 24 && (ascii(frame, pos, 'LAME') || ascii(frame, pos, 'Lavc'))) {
      pos += 21;
      const delay = (frame[pos]! << 4) | (frame[pos + 1]! >> 4);
      const padding = ((frame[pos + 1]! & 0x0f) << 8) | frame[pos + 2]!;
      trim = delay + padding;
    }
    return { frames, trim, from: 'xing' };
  }
  if (frame.length >= 36 + 18 && ascii(frame, 36, 'VBRI'))
    return { frames: u32be(frame, 36 + 14), trim: 0, from: 'vbri' };
  return null;
};

/** Counts frames from `start` to the end, stepping over damaged stretches by re-synchronising. */
const countFrames = async (src: ByteSource, start: number, first: Mp3FrameHeader): Promise<number> => {
  let frames = 0;
  let at = start;
  let window: Uint8Array = new Uint8Array(0);
  let windowAt = 0;
  while (at + 4 <= src.size) {
    if (at + 4 > windowAt + window.length) {
      windowAt = at;
      window = await src.read(at, WINDOW_BYTES);
      if (window.length < 4) break;
    }
    const h = parseMp3FrameHeader(window, at - windowAt);
    if (h && sameMp3Stream(first, h) && at + h.frameBytes <= src.size) {
      frames++;
      at += h.frameBytes;
      continue;
    }
    // Lost sync (junk, a trailing tag, a truncated last frame): look for the next trusted chain.
    const next = findMp3Sync(window, at - windowAt + 1, WINDOW_BYTES);
    if (next >= 0) at = windowAt + next;
    else if (windowAt + window.length >= src.size) break;
    else {
      // Keep a few bytes of overlap so a header split across windows is still seen; always move forward.
      at = Math.max(at + 1, windowAt + window.length - 8);
      window = new Uint8Array(0);
    }
  }
  return frames;
};

/** Finds the first frame, then takes the length from a VBR header or by counting every frame. */
export const readMp3Layout = async (src: ByteSource): Promise<Result<Mp3Layout>> => {
  const head = await src.read(0, HEAD_BYTES);
  const tagBytes = id3v2TagBytes(head, 0);
  const body = tagBytes > 0 ? await src.read(tagBytes, HEAD_BYTES) : head;
  const sync = findMp3Sync(body, 0);
  if (sync < 0) return err('The MP3 file has no valid audio frames.');
  const firstFrameOffset = tagBytes + sync;
  const first = parseMp3FrameHeader(body, sync)!;
  const vbr = readVbrHeader(body.subarray(sync, sync + first.frameBytes), first);
  // A VBR header claiming more frames than the bytes could hold is a lie (or damage): count instead.
  const plausible =
    vbr !== null && vbr.frames > 0 && vbr.frames * MIN_FRAME_BYTES <= src.size - firstFrameOffset;
  if (vbr && plausible) {
    const totalFrames = Math.max(0, vbr.frames * first.samplesPerFrame - vbr.trim);
    return ok({
      sampleRate: first.sampleRate,
      channels: first.channels,
      totalFrames,
      firstFrameOffset,
      lengthFrom: vbr.from,
    });
  }
  const frames = await countFrames(src, firstFrameOffset, first);
  if (frames === 0) return err('The MP3 file has no valid audio frames.');
  return ok({
    sampleRate: first.sampleRate,
    channels: first.channels,
    totalFrames: frames * first.samplesPerFrame,
    firstFrameOffset,
    lengthFrom: 'count',
  });
};
