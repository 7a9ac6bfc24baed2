/**
 * Topology-preserving state-variable filter (Zavalishin). One instance gives low-, band- and high-pass
 * outputs at once, stays stable when its cutoff is swept every few samples, and costs a handful of flops.
 */
export class SvfFilter {
  /** Low-pass output of the last `process` call. */
  low = 0;
  /** Band-pass output of the last `process` call. */
  band = 0;
  /** High-pass output of the last `process` call. */
  high = 0;
  private ic1 = 0;
  private ic2 = 0;
  private k = 1;
  private a1 = 0;
  private a2 = 0;
  private a3 = 0;

  constructor(
    private readonly sampleRate: number,
    cutoffHz: number,
    q = Math.SQRT1_2,
  ) {
    this.setCutoff(cutoffHz, q);
  }

  /** Sets the cutoff (clamped below Nyquist) and resonance. */
  setCutoff(cutoffHz: number, q = Math.SQRT1_2): void {
    const clampedHz = Math.min(Math.max(cutoffHz, 10), this.sampleRate * 0.45);
    const g = Math.tan((Math.PI * clampedHz) / this.sampleRate);
    this.k = 1 / q;
    this.a1 = 1 / (1 + g * (g + this.k));
    this.a2 = g * this.a1;
    this.a3 = g * this.a2;
  }

  /** Filters one sample, updates `low`/`band`/`high`, and returns the low-pass output. */
  process(input: number): number {
    const v3 = input - this.ic2;
    const v1 = this.a1 * this.ic1 + this.a2 * v3;
    const v2 = this.ic2 + this.a2 * this.ic1 + this.a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    this.low = v2;
    this.band = v1;
    this.high = input - this.k * v1 - v2;
    return v2;
  }
}
