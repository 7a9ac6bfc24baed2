/**
 * StereoPannerNode's equal-power law, as the Web Audio spec defines it (§ StereoPannerNode) and
 * Chromium implements it (`stereo_panner.cc`): per sample, pan clamped to [-1, 1].
 */

/** Left/right gains applied to a mono input at `pan` (-1 hard left .. 1 hard right). */
export function monoPanGains(pan: number): [left: number, right: number] {
  const p = Math.min(Math.max(pan, -1), 1);
  const x = (p * 0.5 + 0.5) * (Math.PI / 2);
  return [Math.cos(x), Math.sin(x)];
}

/**
 * Pans a mono block into `outL`/`outR` for frames [0, n) with one pan value per sample.
 * `input` may alias `outL`.
 */
export function panMono(
  input: Float64Array,
  pan: Float64Array,
  outL: Float64Array,
  outR: Float64Array,
  n: number,
): void {
  // Gains are recomputed only when the pan value changes (steady pan is the common case).
  let last = Number.NaN;
  let gl = 0;
  let gr = 0;
  for (let i = 0; i < n; i++) {
    const p = pan[i]!;
    if (p !== last) {
      last = p;
      const x = (Math.min(Math.max(p, -1), 1) * 0.5 + 0.5) * (Math.PI / 2);
      gl = Math.cos(x);
      gr = Math.sin(x);
    }
    const v = input[i]!;
    outR[i] = v * gr;
    outL[i] = v * gl;
  }
}

/**
 * Pans a stereo block in place for frames [0, n): at pan <= 0 the right channel folds into the left,
 * at pan > 0 the left folds into the right; the untouched channel passes at unity.
 */
export function panStereo(left: Float64Array, right: Float64Array, pan: Float64Array, n: number): void {
  let last = Number.NaN;
  let p = 0;
  let gl = 0;
  let gr = 0;
  for (let i = 0; i < n; i++) {
    if (pan[i] !== last) {
      last = pan[i]!;
      p = Math.min(Math.max(last, -1), 1);
      const x = (p <= 0 ? p + 1 : p) * (Math.PI / 2);
      gl = Math.cos(x);
      gr = Math.sin(x);
    }
    const l = left[i]!;
    const r = right[i]!;
    if (p <= 0) {
      left[i] = l + r * gl;
      right[i] = r * gr;
    } else {
      left[i] = l * gl;
      right[i] = r + l * gr;
    }
  }
}
