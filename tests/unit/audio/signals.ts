/** Test-signal helpers: sines, level steps and noise generated in code. */

/** One segment of a test signal: a sine at `dbfs` peak level for `sec` seconds. */
export interface ToneSegment {
  sec: number;
  dbfs: number;
}

/** Concatenated 1 kHz (by default) sine segments, phase-continuous, as one channel. */
export const sineSegments = (
  sampleRate: number,
  segments: readonly ToneSegment[],
  freqHz = 1000,
): Float32Array => {
  const total = segments.reduce((n, s) => n + Math.round(s.sec * sampleRate), 0);
  const out = new Float32Array(total);
  // A rotating phasor instead of Math.sin per sample: several times faster, drift far below float32 precision.
  const step = (2 * Math.PI * freqHz) / sampleRate;
  const cosStep = Math.cos(step);
  const sinStep = Math.sin(step);
  let re = 1;
  let im = 0;
  let i = 0;
  for (const seg of segments) {
    const amp = 10 ** (seg.dbfs / 20);
    const end = i + Math.round(seg.sec * sampleRate);
    for (; i < end; i++) {
      out[i] = amp * im;
      const nextRe = re * cosStep - im * sinStep;
      im = re * sinStep + im * cosStep;
      re = nextRe;
    }
    // Renormalise once per segment so rounding cannot change the amplitude over long signals.
    const norm = 1 / Math.hypot(re, im);
    re *= norm;
    im *= norm;
  }
  return out;
};

/** A sine of `freqHz` starting at `phaseDeg`, with linear peak `amplitude`. */
export const sineAt = (
  sampleRate: number,
  sec: number,
  freqHz: number,
  phaseDeg: number,
  amplitude: number,
) => {
  const out = new Float32Array(Math.round(sec * sampleRate));
  const phase = (phaseDeg * Math.PI) / 180;
  for (let i = 0; i < out.length; i++)
    out[i] = amplitude * Math.sin((2 * Math.PI * freqHz * i) / sampleRate + phase);
  return out;
};

/** Deterministic uniform noise in [-amplitude, amplitude] (mulberry32). */
export const noise = (frames: number, amplitude: number, seed = 1): Float32Array => {
  let a = seed >>> 0;
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = amplitude * ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1);
  }
  return out;
};

/** Feeds channels to a push function in blocks of `blockFrames` (an odd size exercises boundaries). */
export const pushInBlocks = (
  channels: Float32Array[],
  push: (block: Float32Array[]) => void,
  blockFrames = 4999,
): void => {
  const n = channels[0]!.length;
  for (let i = 0; i < n; i += blockFrames)
    push(channels.map((ch) => ch.subarray(i, Math.min(n, i + blockFrames))));
};
