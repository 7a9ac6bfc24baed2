/** A decoded piece of a stem: `buffer` holds the stem's frames from `startFrame` on. */
export interface StemSegment {
  startFrame: number;
  buffer: AudioBuffer;
}

/**
 * A stem's decoded audio, possibly still arriving: consecutive segments from frame 0 on. The player
 * schedules each segment back to back on exact frames, so a song can start playing as soon as the
 * first seconds of every stem are decoded, and the rest joins in without a seam (see docs/player.md).
 */
export class StemAudio {
  private readonly list: StemSegment[] = [];
  private readonly listeners = new Set<(segment: StemSegment) => void>();
  private nextFrame = 0;

  /**
   * @param sampleRate the stem's rate (the context's: segments are never resampled)
   * @param frames the stem's whole length in frames, known before all of it is decoded
   * @param channels 1 or 2
   */
  constructor(
    readonly sampleRate: number,
    readonly frames: number,
    readonly channels: number,
  ) {}

  /** A stem decoded in one piece. */
  static whole(buffer: AudioBuffer): StemAudio {
    const stem = new StemAudio(buffer.sampleRate, buffer.length, buffer.numberOfChannels);
    stem.add(buffer);
    return stem;
  }

  /** The segments decoded so far, in order. */
  get segments(): readonly StemSegment[] {
    return this.list;
  }

  get durationSec(): number {
    return this.frames / this.sampleRate;
  }

  /** Frames decoded from the start (segments are contiguous). */
  get loadedFrames(): number {
    return this.nextFrame;
  }

  get complete(): boolean {
    return this.nextFrame >= this.frames;
  }

  /** Appends the next segment (it starts where the last one ended) and tells the listeners. */
  add(buffer: AudioBuffer): void {
    if (buffer.sampleRate !== this.sampleRate) {
      throw new RangeError(
        `a segment at ${buffer.sampleRate} Hz cannot join a stem at ${this.sampleRate} Hz`,
      );
    }
    if (buffer.length === 0) return;
    const segment = { startFrame: this.nextFrame, buffer };
    this.list.push(segment);
    this.nextFrame += buffer.length;
    for (const listener of this.listeners) listener(segment);
  }

  /** Calls `listener` for every segment added from now on; returns the unsubscribe function. */
  onSegment(listener: (segment: StemSegment) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The stem as the graph takes it: decoded in one piece or arriving in segments. */
export type StemInput = AudioBuffer | StemAudio;

export const asStemAudio = (input: StemInput): StemAudio =>
  input instanceof StemAudio ? input : StemAudio.whole(input);
