/**
 * A polyphase FIR interpolator: `phases[p]` holds the taps that compute the value at fractional
 * position p/factor between x[m] and x[m+1], from x[m − taps/2 + 1 .. m + taps/2] (oldest first).
 */
export interface PolyphaseInterpolator {
  factor: number;
  tapsPerPhase: number;
  phases: Float64Array[];
  /** max over phases of Σ|tap|: no output exceeds this times the largest input in its window. */
  gainBound: number;
}

/** Oversampling for true peak per BS.1770-4 Annex 2 notes: 4× below 96 kHz, 2× below 192 kHz, else 1×. */
export const truePeakOversampling = (sampleRateHz: number): number =>
  sampleRateHz < 96_000 ? 4 : sampleRateHz < 192_000 ? 2 : 1;

// Exact at integers so phase 0 is exactly the identity (sin(πk) is not exactly 0 in floating point).
const sinc = (x: number): number =>
  Number.isInteger(x) ? (x === 0 ? 1 : 0) : Math.sin(Math.PI * x) / (Math.PI * x);

/** Zeroth-order modified Bessel function, for the Kaiser window. */
const besselI0 = (x: number): number => {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
};

/**
 * Designs a Kaiser-windowed sinc interpolator. Phase 0 is the identity, so interpolated peaks are
 * never below sample peaks; each phase is normalised to unit DC gain.
 */
export const designInterpolator = (
  factor: number,
  tapsPerPhase = 16,
  kaiserBeta = 6,
): PolyphaseInterpolator => {
  const half = tapsPerPhase / 2;
  const phases: Float64Array[] = [];
  let gainBound = 0;
  for (let p = 0; p < factor; p++) {
    const t = p / factor;
    const taps = new Float64Array(tapsPerPhase);
    let sum = 0;
    for (let i = 0; i < tapsPerPhase; i++) {
      const j = i - half + 1; // tap i multiplies x[m + j]
      const u = (t - j) / half; // window position in [-1, 1]
      const w = Math.abs(u) <= 1 ? besselI0(kaiserBeta * Math.sqrt(1 - u * u)) / besselI0(kaiserBeta) : 0;
      taps[i] = sinc(t - j) * w;
      sum += taps[i]!;
    }
    let abs = 0;
    for (let i = 0; i < tapsPerPhase; i++) {
      taps[i] = taps[i]! / sum;
      abs += Math.abs(taps[i]!);
    }
    gainBound = Math.max(gainBound, abs);
    phases.push(taps);
  }
  return { factor, tapsPerPhase, phases, gainBound };
};
