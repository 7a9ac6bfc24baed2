import type { StemSource } from './stemSource';

/**
 * Reads a StemSource into fixed-size float64 blocks, padding with silence after its end (a shorter
 * stem is a stem followed by silence) and tolerating sources that return short reads.
 */
export class StemReader {
  readonly channels: Float64Array[];
  private done = false;

  constructor(
    private readonly source: StemSource,
    blockFrames: number,
  ) {
    this.channels = Array.from({ length: source.channels }, () => new Float64Array(blockFrames));
  }

  /** Fills the next `n` frames of `channels` (from index 0). */
  next(n: number): void {
    let filled = 0;
    while (filled < n && !this.done) {
      const got = this.source.read(n - filled);
      if (got === null || (got[0]?.length ?? 0) === 0) {
        this.done = true;
        break;
      }
      const len = got[0]!.length;
      for (let c = 0; c < this.channels.length; c++) {
        const src = got[c] ?? got[0]!;
        const dst = this.channels[c]!;
        for (let i = 0; i < len; i++) dst[filled + i] = src[i]!;
      }
      filled += len;
    }
    for (const ch of this.channels) ch.fill(0, filled, n);
  }

  /** Reads and drops `frames` frames (used to start a render part-way into the song). */
  skip(frames: number, blockFrames: number): void {
    let left = frames;
    while (left > 0 && !this.done) {
      const n = Math.min(left, blockFrames);
      this.next(n);
      left -= n;
    }
  }
}
