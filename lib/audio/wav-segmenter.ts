import { memoryByteSource } from './byte-source';
import type { WavFormat, WavLayout } from './wav-layout';
import { readWavLayout } from './wav-layout';

/** Header bytes gathered before the first look (fmt and data usually sit in the first 100 bytes). */
const FIRST_LOOK_BYTES = 16 * 1024;
/** A WAV whose data chunk is not found within this many bytes is handed over whole instead. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

/** A piece of the stem as a small WAV file of its own, and where it starts in the stem. */
export interface WavSegment {
  startFrame: number;
  frames: number;
  wav: Uint8Array<ArrayBuffer>;
}

/** What the segmenter found out about the stream. */
export type SegmenterVerdict =
  | { kind: 'pending' }
  | { kind: 'wav'; format: WavFormat; frames: number }
  /** Not a WAV, or one to decode in one piece (`reason` says why); the caller keeps the bytes. */
  | { kind: 'whole'; reason: string };

/** A canonical 44-byte header for `dataBytes` of samples in `format` (PCM or IEEE float). */
export const wavHeader = (format: WavFormat, dataBytes: number): Uint8Array<ArrayBuffer> => {
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < 4; i++) header[at + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, format.encoding === 'float' ? 3 : 1, true);
  view.setUint16(22, format.channels, true);
  view.setUint32(24, format.sampleRate, true);
  view.setUint32(28, format.sampleRate * format.blockAlign, true);
  view.setUint16(32, format.blockAlign, true);
  view.setUint16(34, format.bitsPerSample, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  return header;
};

/**
 * Cuts a WAV stream, as its bytes arrive, into consecutive small WAV files of whole frames, so each
 * can be decoded (and played) before the rest has arrived. `segmentFrames(i)` is the length of the
 * i-th segment (short first ones start playback early). `accept` may refuse a format (say, another
 * sample rate than the player's), in which case the stream is to be decoded whole.
 */
export class WavSegmenter {
  private verdict: SegmenterVerdict = { kind: 'pending' };
  private layout: WavLayout | null = null;
  /** Bytes received and not yet emitted, starting at stream offset `heldFrom`. */
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private heldFrom = 0;
  private nextFrame = 0;
  private index = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly segmentFrames: (index: number, sampleRate: number) => number,
    private readonly accept: (format: WavFormat) => string | null = () => null,
  ) {}

  get state(): SegmenterVerdict {
    return this.verdict;
  }

  /** Takes the next bytes of the stream; returns the segments that are now complete. */
  async push(chunk: Uint8Array): Promise<WavSegment[]> {
    if (this.verdict.kind === 'whole') return [];
    this.held.push(chunk);
    this.heldBytes += chunk.byteLength;
    if (this.verdict.kind === 'pending') {
      const enough = Math.min(this.totalBytes, FIRST_LOOK_BYTES);
      if (this.heldBytes < enough) return [];
      await this.readHeader();
      if (this.state.kind !== 'wav') return [];
    }
    return this.cut(false);
  }

  /** The stream ended: the last (shorter) segment, if any. */
  async end(): Promise<WavSegment[]> {
    if (this.verdict.kind === 'pending') await this.readHeader(true);
    if (this.state.kind !== 'wav') return [];
    return this.cut(true);
  }

  private async readHeader(atEnd = false): Promise<void> {
    const prefix = this.take(this.heldBytes, false);
    if (!(prefix[0] === 0x52 && prefix[1] === 0x49 && prefix[2] === 0x46 && prefix[3] === 0x46)) {
      this.verdict = { kind: 'whole', reason: 'not a WAV file' };
      return;
    }
    const source = { ...memoryByteSource(prefix), size: Math.max(this.totalBytes, prefix.length) };
    const layout = await readWavLayout(source);
    if (!layout.ok) {
      // The chunks before the samples may be longer than what has arrived: wait for more.
      if (!atEnd && prefix.length < Math.min(this.totalBytes, MAX_HEADER_BYTES)) return;
      this.verdict = { kind: 'whole', reason: layout.error };
      return;
    }
    const refusal =
      layout.value.format.channels > 2 ? 'more than two channels' : this.accept(layout.value.format);
    if (refusal !== null) {
      this.verdict = { kind: 'whole', reason: refusal };
      return;
    }
    this.layout = layout.value;
    this.verdict = {
      kind: 'wav',
      format: layout.value.format,
      frames: layout.value.dataBytes / layout.value.format.blockAlign,
    };
  }

  private cut(atEnd: boolean): WavSegment[] {
    const layout = this.layout!;
    const { blockAlign, sampleRate } = layout.format;
    const dataEnd = layout.dataOffset + layout.dataBytes;
    // Drop what comes before the samples.
    if (this.heldFrom < layout.dataOffset) {
      const skip = Math.min(this.heldBytes, layout.dataOffset - this.heldFrom);
      this.take(skip, true);
    }
    const out: WavSegment[] = [];
    for (;;) {
      const totalFrames = layout.dataBytes / blockAlign;
      if (this.nextFrame >= totalFrames) break;
      const availableBytes = Math.min(this.heldBytes, dataEnd - this.heldFrom);
      const wanted = Math.min(this.segmentFrames(this.index, sampleRate), totalFrames - this.nextFrame);
      let frames = wanted;
      if (availableBytes < wanted * blockAlign) {
        if (!atEnd) break;
        frames = Math.floor(availableBytes / blockAlign);
        if (frames === 0) break;
      }
      // The samples are copied once, straight behind the header.
      const wav = this.take(frames * blockAlign, true, 44);
      wav.set(wavHeader(layout.format, frames * blockAlign), 0);
      out.push({ startFrame: this.nextFrame, frames, wav });
      this.nextFrame += frames;
      this.index += 1;
    }
    if (atEnd) {
      this.held = [];
      this.heldBytes = 0;
    }
    return out;
  }

  /**
   * The first `bytes` held bytes as one array, after `lead` empty bytes; `consume` drops them from
   * what is held.
   */
  private take(bytes: number, consume: boolean, lead = 0): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(lead + bytes);
    let at = 0;
    let used = 0;
    let rest: Uint8Array | null = null;
    while (at < bytes) {
      const chunk = this.held[used]!;
      const n = Math.min(chunk.byteLength, bytes - at);
      out.set(chunk.subarray(0, n), lead + at);
      at += n;
      if (n < chunk.byteLength) rest = chunk.subarray(n);
      used += 1;
    }
    if (consume) {
      if (rest === null) this.held.splice(0, used);
      else this.held.splice(0, used, rest);
      this.heldBytes -= bytes;
      this.heldFrom += bytes;
    }
    return out;
  }
}
