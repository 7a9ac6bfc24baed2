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
  for (let i = 0; i < n; i++) {
    const p = Math.min(Math.max(pan[i]!, -1), 1);
    const x = (p * 0.5 + 0.5) * (Math.PI / 2);
    const v = input[i]!;
    outR[i] = v * Math.sin(x);
    outL[i] = v * Math.cos(x);
  }
}

/**
 * Pans a stereo block in place for frames [0, n): at pan <= 0 the right channel folds into the left,
 * at pan > 0 the left folds into the right; the untouched channel passes at unity.
 */
export function panStereo(left: Float64Array, right: Float64Array, pan: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const p = Math.min(Math.max(pan[i]!, -1), 1);
    const l = left[i]!;
    const r = right[i]!;
    if (p <= 0) {
      const x = (p + 1) * (Math.PI / 2);
      left[i] = l + r * Math.cos(x);
      right[i] = r * Math.sin(x);
    } else {
      const x = p * (Math.PI / 2);
      left[i] = l * Math.cos(x);
      right[i] = r + l * Math.sin(x);
    }
  }
}
