import { GrowableInt8 } from './growable';

/** One zoom level of a waveform overview: per column, the min and max of the mono mix. */
export interface PeakLevel {
  framesPerColumn: number;
  /** Column minima in units of full scale / PEAK_SCALE (−127..127). */
  min: Int8Array;
  /** Column maxima in the same units. */
  max: Int8Array;
}

/** Waveform overview at several zoom levels, finest first. */
export interface Peaks {
  sampleRate: number;
  frames: number;
  levels: PeakLevel[];
}

/** Stored value for full scale (±1.0); louder float samples are clamped to it. */
export const PEAK_SCALE = 127;
/** Default zoom levels (frames per column); each must be a multiple of the first. */
export const PEAK_ZOOM_FRAMES: readonly number[] = [256, 1024, 4096, 16384];

/** Rounds outward (min down, max up) so a drawn waveform never understates a peak. */
const quantizeMin = (v: number): number =>
  Math.max(-PEAK_SCALE, Math.min(PEAK_SCALE, Math.floor(v * PEAK_SCALE)));
const quantizeMax = (v: number): number =>
  Math.max(-PEAK_SCALE, Math.min(PEAK_SCALE, Math.ceil(v * PEAK_SCALE)));

/** Collects the finest level column by column and derives the coarser levels at the end. */
export class PeakBuilder {
  private readonly mins = new GrowableInt8();
  private readonly maxs = new GrowableInt8();

  constructor(readonly zoomFrames: readonly number[] = PEAK_ZOOM_FRAMES) {
    const finest = zoomFrames[0];
    if (finest === undefined || zoomFrames.some((z) => z % finest !== 0 || z < finest)) {
      throw new Error(`Peak zoom levels must be multiples of the first, got [${zoomFrames.join(', ')}]`);
    }
  }

  get finestFrames(): number {
    return this.zoomFrames[0]!;
  }

  /** Adds the min and max (over all channels) of the next finest column. */
  addColumn(min: number, max: number): void {
    this.mins.push(quantizeMin(min));
    this.maxs.push(quantizeMax(max));
  }

  /** Returns every level; coarser columns are the min/max of the finer ones. */
  finish(sampleRate: number, frames: number): Peaks {
    const min0 = this.mins.toArray();
    const max0 = this.maxs.toArray();
    const levels = this.zoomFrames.map((framesPerColumn) => {
      const ratio = framesPerColumn / this.finestFrames;
      if (ratio === 1) return { framesPerColumn, min: min0, max: max0 };
      const columns = Math.ceil(min0.length / ratio);
      const min = new Int8Array(columns);
      const max = new Int8Array(columns);
      for (let c = 0; c < columns; c++) {
        let lo = PEAK_SCALE;
        let hi = -PEAK_SCALE;
        const end = Math.min(min0.length, (c + 1) * ratio);
        for (let i = c * ratio; i < end; i++) {
          if (min0[i]! < lo) lo = min0[i]!;
          if (max0[i]! > hi) hi = max0[i]!;
        }
        min[c] = lo;
        max[c] = hi;
      }
      return { framesPerColumn, min, max };
    });
    return { sampleRate, frames, levels };
  }
}
