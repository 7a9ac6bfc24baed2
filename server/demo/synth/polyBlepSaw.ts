/** PolyBLEP correction that rounds off the saw's jump so its harmonics above Nyquist don't alias back. */
const polyBlep = (phase: number, phaseIncrement: number): number => {
  if (phase < phaseIncrement) {
    const t = phase / phaseIncrement;
    return t + t - t * t - 1;
  }
  if (phase > 1 - phaseIncrement) {
    const t = (phase - 1) / phaseIncrement;
    return t * t + t + t + 1;
  }
  return 0;
};

/** Band-limited sawtooth in [-1, 1] for a phase in [0, 1) advancing by `phaseIncrement` per sample. */
export const polyBlepSaw = (phase: number, phaseIncrement: number): number =>
  2 * phase - 1 - polyBlep(phase, phaseIncrement);
