import { dbToGain } from '../dsp/db';
import { panMono, panStereo } from '../dsp/stereoPanner';
import type { AutomationTarget, Breakpoint, TrackState } from '../mix/types';
import { activeBands, EqBandProcessor, RENDER_QUANTUM_FRAMES } from './eqBandProcessor';
import { LaneCursor } from './laneCursor';

const lane = (track: TrackState, target: AutomationTarget): readonly Breakpoint[] =>
  track.automation[target] ?? [];

/** Amplitude of a gain in dB where null means silence. */
export const gainOf = (gainDb: number | null): number => (gainDb === null ? 0 : dbToGain(gainDb));

/** One audible track: EQ bands in order, StereoPanner, then its gain, summed into a stereo bus. */
export class TrackProcessor {
  private readonly bands: EqBandProcessor[];
  private readonly pan: LaneCursor;
  private readonly gain: LaneCursor;
  private readonly panValues = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly gainValues = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly left = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly right = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly work: Float64Array[];

  constructor(
    track: TrackState,
    private readonly channels: number,
    sampleRate: number,
  ) {
    this.bands = activeBands(track.eq).map(
      (band) =>
        new EqBandProcessor(band, channels, sampleRate, {
          freqHz: lane(track, `eq.${band.id}.freqHz`),
          gainDb: lane(track, `eq.${band.id}.gainDb`),
        }),
    );
    this.pan = new LaneCursor(lane(track, 'pan'), track.pan, sampleRate);
    const gainLane = lane(track, 'gain');
    // The fader (null = -inf) applies when the gain lane is empty; automation points are finite dB.
    this.gain =
      gainLane.length > 0
        ? new LaneCursor(gainLane, 0, sampleRate, 'db-to-gain')
        : new LaneCursor([], gainOf(track.gainDb), sampleRate);
    this.panValues.fill(this.pan.steadyValue);
    this.gainValues.fill(this.gain.steadyValue);
    this.work = Array.from({ length: channels }, () => new Float64Array(RENDER_QUANTUM_FRAMES));
  }

  /**
   * Processes stem[c][offset, offset + n) (n <= 128) and adds the result to busL/busR at the same
   * offsets; `firstFrame` is the absolute frame of `offset`.
   */
  process(
    stem: Float64Array[],
    offset: number,
    n: number,
    firstFrame: number,
    busL: Float64Array,
    busR: Float64Array,
  ): void {
    const work = this.work;
    for (let c = 0; c < this.channels; c++) {
      const src = stem[c]!;
      const dst = work[c]!;
      for (let i = 0; i < n; i++) dst[i] = src[offset + i]!;
    }
    for (const band of this.bands) band.process(work, 0, n, firstFrame);
    // Lanes without breakpoints were filled once in the constructor.
    if (this.pan.automated) this.pan.fill(this.panValues, firstFrame, n);
    if (this.gain.automated) this.gain.fill(this.gainValues, firstFrame, n);
    const { left, right, gainValues } = this;
    if (this.channels === 1) {
      panMono(work[0]!, this.panValues, left, right, n);
    } else {
      left.set(work[0]!.subarray(0, n));
      right.set(work[1]!.subarray(0, n));
      panStereo(left, right, this.panValues, n);
    }
    for (let i = 0; i < n; i++) {
      const g = gainValues[i]!;
      busL[offset + i]! += left[i]! * g;
      busR[offset + i]! += right[i]! * g;
    }
  }
}
