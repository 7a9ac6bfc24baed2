/**
 * A pull source of decoded stem audio, so the server can feed file blocks without holding a song in
 * memory. `read(frames)` returns one Float32Array per channel holding up to `frames` frames (fewer
 * only at the end), or null once the stem is exhausted.
 */
export interface StemSource {
  readonly sampleRate: number;
  readonly channels: number;
  /** Length in frames. */
  readonly frames: number;
  read(frames: number): Float32Array[] | null;
}

/** A StemSource over channel arrays already in memory (tests, the browser). */
export function arrayStemSource(channels: Float32Array[], sampleRate: number): StemSource {
  let position = 0;
  const frames = channels[0]?.length ?? 0;
  return {
    sampleRate,
    channels: channels.length,
    frames,
    read(n: number) {
      if (position >= frames) return null;
      const end = Math.min(frames, position + n);
      const out = channels.map((ch) => ch.subarray(position, end));
      position = end;
      return out;
    },
  };
}
