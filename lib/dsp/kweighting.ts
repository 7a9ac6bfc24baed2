/** Normalised biquad coefficients (a0 = 1): y = b0·x + b1·x1 + b2·x2 − a1·y1 − a2·y2. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The two stages of the BS.1770 K-weighting filter. */
export interface KWeighting {
  /** Stage 1: high shelf (+4 dB above ~1.7 kHz) modelling the head. */
  shelf: Biquad;
  /** Stage 2: the RLB high-pass (~38 Hz). */
  highPass: Biquad;
}

// Analog prototype parameters of the BS.1770 filters, fitted to the 48 kHz coefficients of the
// Recommendation (the same derivation libebur128 uses), so any sample rate gets the same response.
const SHELF_F0_HZ = 1681.974450955533;
const SHELF_GAIN_DB = 3.999843853973347;
const SHELF_Q = 0.7071752369554196;
const SHELF_VB_EXPONENT = 0.4996667741545416;
const HIGHPASS_F0_HZ = 38.13547087602444;
const HIGHPASS_Q = 0.5003270373238773;

/** K-weighting coefficients for a sample rate, by bilinear transform of the analog prototype. */
export const kWeighting = (sampleRateHz: number): KWeighting => {
  let k = Math.tan((Math.PI * SHELF_F0_HZ) / sampleRateHz);
  const vh = 10 ** (SHELF_GAIN_DB / 20);
  const vb = vh ** SHELF_VB_EXPONENT;
  let a0 = 1 + k / SHELF_Q + k * k;
  const shelf: Biquad = {
    b0: (vh + (vb * k) / SHELF_Q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / SHELF_Q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / SHELF_Q + k * k) / a0,
  };
  k = Math.tan((Math.PI * HIGHPASS_F0_HZ) / sampleRateHz);
  a0 = 1 + k / HIGHPASS_Q + k * k;
  const highPass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / HIGHPASS_Q + k * k) / a0,
  };
  return { shelf, highPass };
};
