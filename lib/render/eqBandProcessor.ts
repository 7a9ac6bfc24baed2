import {
  type BiquadCoefficients,
  biquadCoefficients,
  biquadCoefficientsInto,
} from '../dsp/biquadCoefficients';
import {
  type BiquadCoefficientArrays,
  type BiquadState,
  createBiquadCoefficientArrays,
  createBiquadState,
  processBiquad,
  processBiquadSampleAccurate,
} from '../dsp/biquadFilter';
import type { Breakpoint, EqBand } from '../mix/types';
import { LaneCursor } from './laneCursor';

/** Web Audio's render quantum: the unit in which Chromium decides how to compute biquad coefficients. */
export const RENDER_QUANTUM_FRAMES = 128;

/**
 * One BiquadFilterNode (one EQ band) over 1 or 2 channels. Chromium computes coefficients once per
 * render quantum while the parameters are steady and per sample while they are automated
 * (`BiquadDSPKernel::UpdateCoefficientsIfNecessary`); both give the same numbers when the values
 * are steady, so we go per sample exactly when a value changes inside the quantum.
 */
export class EqBandProcessor {
  private readonly states: BiquadState[];
  private readonly freq: LaneCursor;
  private readonly gain: LaneCursor;
  private readonly qParam: number;
  private readonly freqValues = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly gainValues = new Float64Array(RENDER_QUANTUM_FRAMES);
  private readonly perSample: BiquadCoefficientArrays = createBiquadCoefficientArrays(RENDER_QUANTUM_FRAMES);
  private steady: BiquadCoefficients | null = null;
  private readonly scratch: BiquadCoefficients = { b0: 0, b1: 0, b2: 0, a1: 0, a2: 0 };
  private readonly automated: boolean;
  private steadyFreq = Number.NaN;
  private steadyGain = Number.NaN;

  constructor(
    private readonly band: EqBand,
    channels: number,
    private readonly sampleRate: number,
    automation: { freqHz?: readonly Breakpoint[]; gainDb?: readonly Breakpoint[] },
  ) {
    this.states = Array.from({ length: channels }, createBiquadState);
    this.freq = new LaneCursor(automation.freqHz ?? [], band.freqHz, sampleRate);
    this.gain = new LaneCursor(automation.gainDb ?? [], band.gainDb, sampleRate);
    this.qParam = Math.fround(band.q);
    this.automated = this.freq.automated || this.gain.automated;
    if (!this.automated) {
      this.steady = biquadCoefficients(
        band.type,
        this.freq.steadyValue,
        this.qParam,
        this.gain.steadyValue,
        sampleRate,
      );
    }
  }

  /** Filters channels[c][offset, offset + n) in place; `firstFrame` is the absolute frame of `offset`; n <= 128. */
  process(channels: Float64Array[], offset: number, n: number, firstFrame: number): void {
    if (!this.automated) {
      for (let c = 0; c < channels.length; c++) {
        processBiquad(this.steady!, this.states[c]!, channels[c]!, offset, offset + n);
      }
      return;
    }
    const freqSteady = this.freq.fill(this.freqValues, firstFrame, n);
    const gainSteady = this.gain.fill(this.gainValues, firstFrame, n);
    const { type } = this.band;
    if (freqSteady && gainSteady) {
      const f = this.freqValues[0]!;
      const g = this.gainValues[0]!;
      if (this.steady === null || f !== this.steadyFreq || g !== this.steadyGain) {
        this.steady = biquadCoefficients(type, f, this.qParam, g, this.sampleRate);
        this.steadyFreq = f;
        this.steadyGain = g;
      }
      for (let c = 0; c < channels.length; c++) {
        processBiquad(this.steady, this.states[c]!, channels[c]!, offset, offset + n);
      }
      return;
    }
    const arrays = this.perSample;
    const co = this.scratch;
    let lastGain = Number.NaN;
    let A = 1;
    for (let k = 0; k < n; k++) {
      const g = this.gainValues[k]!;
      if (g !== lastGain) {
        lastGain = g;
        A = 10 ** (g / 40);
      }
      biquadCoefficientsInto(co, type, this.freqValues[k]!, this.qParam, g, this.sampleRate, A);
      arrays.b0[k] = co.b0;
      arrays.b1[k] = co.b1;
      arrays.b2[k] = co.b2;
      arrays.a1[k] = co.a1;
      arrays.a2[k] = co.a2;
    }
    this.steady = null;
    for (let c = 0; c < channels.length; c++) {
      processBiquadSampleAccurate(arrays, this.states[c]!, channels[c]!, offset, offset + n);
    }
  }
}

/** The bands of an EQ that are heard, in chain order (off bands are bypassed). */
export const activeBands = (eq: readonly EqBand[]): EqBand[] =>
  eq.filter((b) => b.on).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
