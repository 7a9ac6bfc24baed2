import { biquadCoefficients, biquadMagnitude } from '@/lib/dsp/biquadCoefficients';
import type { EqBand } from '@/lib/mix';

/** Frequencies the EQ curve is drawn at: `count` points spaced evenly on a log axis. */
export const logFrequenciesHz = (count: number, minHz = 20, maxHz = 20_000): number[] => {
  const ratio = Math.log(maxHz / minHz);
  return Array.from({ length: count }, (_, i) => minHz * Math.exp((ratio * i) / Math.max(1, count - 1)));
};

/**
 * Magnitude response in dB of the cascade of enabled bands, as Web Audio computes each BiquadFilterNode
 * (coefficients from lib/dsp), so the curve is what the player and the renderer actually do.
 */
export const eqResponseDb = (
  bands: readonly EqBand[],
  frequenciesHz: readonly number[],
  sampleRate = 48_000,
): number[] => {
  const filters = bands
    .filter((band) => band.on)
    .map((band) => biquadCoefficients(band.type, band.freqHz, band.q, band.gainDb, sampleRate));
  return frequenciesHz.map((freqHz) => {
    let magnitude = 1;
    for (const filter of filters) magnitude *= biquadMagnitude(filter, freqHz, sampleRate);
    return 20 * Math.log10(Math.max(magnitude, 1e-12));
  });
};
