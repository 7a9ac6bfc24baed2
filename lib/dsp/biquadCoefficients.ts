/** The BiquadFilterNode types the mix uses (the subset of Web Audio's BiquadFilterType). */
export type BiquadType = 'lowpass' | 'highpass' | 'lowshelf' | 'peaking' | 'highshelf';

/** Biquad coefficients normalised so that a0 = 1 (y = b0·x + b1·x1 + b2·x2 − a1·y1 − a2·y2). */
export interface BiquadCoefficients {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Writes a filter whose z-transform is the constant `k`. */
const constant = (out: BiquadCoefficients, k: number): BiquadCoefficients => {
  out.b0 = k;
  out.b1 = 0;
  out.b2 = 0;
  out.a1 = 0;
  out.a2 = 0;
  return out;
};

/** Writes b0..a2 divided by a0. */
const normalise = (
  out: BiquadCoefficients,
  b0: number,
  b1: number,
  b2: number,
  a0: number,
  a1: number,
  a2: number,
): BiquadCoefficients => {
  const inv = 1 / a0;
  out.b0 = b0 * inv;
  out.b1 = b1 * inv;
  out.b2 = b2 * inv;
  out.a1 = a1 * inv;
  out.a2 = a2 * inv;
  return out;
};

/**
 * Biquad coefficients exactly as the Web Audio spec (§ BiquadFilterNode) defines them, with the
 * limit cases at 0 Hz and Nyquist that Chromium (blink `biquad.cc`) uses.
 * Lowpass/highpass read Q in dB (alpha = sin(w0) / (2·10^(Q/20))); shelves use slope S = 1;
 * peaking uses alpha = sin(w0) / (2Q) and A = 10^(G/40).
 */
export function biquadCoefficients(
  type: BiquadType,
  freqHz: number,
  q: number,
  gainDb: number,
  sampleRate: number,
): BiquadCoefficients {
  return biquadCoefficientsInto({ b0: 0, b1: 0, b2: 0, a1: 0, a2: 0 }, type, freqHz, q, gainDb, sampleRate);
}

/**
 * Same as `biquadCoefficients`, writing into `out` (no allocation: used per sample under automation).
 * `A` may be passed when the caller already holds 10^(gainDb/40) (a frequency sweep at steady gain).
 */
export function biquadCoefficientsInto(
  out: BiquadCoefficients,
  type: BiquadType,
  freqHz: number,
  q: number,
  gainDb: number,
  sampleRate: number,
  A: number = 10 ** (gainDb / 40),
): BiquadCoefficients {
  const nyquist = sampleRate / 2;
  // Chromium works on the frequency normalised to Nyquist, clamped to [0, 1].
  const f = Math.min(Math.max(freqHz / nyquist, 0), 1);
  const w0 = Math.PI * f;
  const cosW0 = Math.cos(w0);
  const sinW0 = Math.sin(w0);
  switch (type) {
    case 'lowpass': {
      if (f === 1) return constant(out, 1);
      if (f <= 0) return constant(out, 0);
      const alpha = 0.5 * sinW0 * 10 ** (-0.05 * q);
      const b1 = 1 - cosW0;
      return normalise(out, 0.5 * b1, b1, 0.5 * b1, 1 + alpha, -2 * cosW0, 1 - alpha);
    }
    case 'highpass': {
      if (f === 1) return constant(out, 0);
      if (f <= 0) return constant(out, 1);
      const alpha = 0.5 * sinW0 * 10 ** (-0.05 * q);
      const b0 = 0.5 * (1 + cosW0);
      return normalise(out, b0, -(1 + cosW0), b0, 1 + alpha, -2 * cosW0, 1 - alpha);
    }
    case 'lowshelf': {
      if (f === 1) return constant(out, A * A);
      if (f <= 0) return constant(out, 1);
      // S = 1 makes sqrt((A + 1/A)(1/S − 1) + 2) = sqrt(2); kept in the spec's form on purpose.
      const alpha = 0.5 * sinW0 * Math.sqrt((A + 1 / A) * (1 / 1 - 1) + 2);
      const k2 = 2 * Math.sqrt(A) * alpha;
      const ap1 = A + 1;
      const am1 = A - 1;
      return normalise(
        out,
        A * (ap1 - am1 * cosW0 + k2),
        2 * A * (am1 - ap1 * cosW0),
        A * (ap1 - am1 * cosW0 - k2),
        ap1 + am1 * cosW0 + k2,
        -2 * (am1 + ap1 * cosW0),
        ap1 + am1 * cosW0 - k2,
      );
    }
    case 'highshelf': {
      if (f === 1) return constant(out, 1);
      if (f <= 0) return constant(out, A * A);
      const alpha = 0.5 * sinW0 * Math.sqrt((A + 1 / A) * (1 / 1 - 1) + 2);
      const k2 = 2 * Math.sqrt(A) * alpha;
      const ap1 = A + 1;
      const am1 = A - 1;
      return normalise(
        out,
        A * (ap1 + am1 * cosW0 + k2),
        -2 * A * (am1 + ap1 * cosW0),
        A * (ap1 + am1 * cosW0 - k2),
        ap1 - am1 * cosW0 + k2,
        2 * (am1 - ap1 * cosW0),
        ap1 - am1 * cosW0 - k2,
      );
    }
    case 'peaking': {
      if (f <= 0 || f >= 1) return constant(out, 1);
      // The limit of the peaking z-transform as Q -> 0 is A².
      if (!(q > 0)) return constant(out, A * A);
      const alpha = sinW0 / (2 * q);
      return normalise(
        out,
        1 + alpha * A,
        -2 * cosW0,
        1 - alpha * A,
        1 + alpha / A,
        -2 * cosW0,
        1 - alpha / A,
      );
    }
  }
}

/** Magnitude response |H(e^jw)| of normalised coefficients at `freqHz`. */
export function biquadMagnitude(c: BiquadCoefficients, freqHz: number, sampleRate: number): number {
  const w = (2 * Math.PI * freqHz) / sampleRate;
  const cos1 = Math.cos(w);
  const sin1 = Math.sin(w);
  const cos2 = Math.cos(2 * w);
  const sin2 = Math.sin(2 * w);
  const nr = c.b0 + c.b1 * cos1 + c.b2 * cos2;
  const ni = -(c.b1 * sin1 + c.b2 * sin2);
  const dr = 1 + c.a1 * cos1 + c.a2 * cos2;
  const di = -(c.a1 * sin1 + c.a2 * sin2);
  return Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
}
