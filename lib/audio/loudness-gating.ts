/** BS.1770 loudness of a K-weighted, channel-weighted mean square: −0.691 + 10·log10(z). */
export const energyToLufs = (energy: number): number => -0.691 + 10 * Math.log10(energy);

/** Inverse of energyToLufs. */
export const lufsToEnergy = (lufs: number): number => 10 ** ((lufs + 0.691) / 10);

export const ABSOLUTE_GATE_LUFS = -70;
/** BS.1770-4 integrated loudness: relative gate 10 LU below the absolutely-gated loudness. */
export const INTEGRATED_RELATIVE_GATE_LU = -10;
/** EBU Tech 3342 loudness range: relative gate 20 LU below. */
export const RANGE_RELATIVE_GATE_LU = -20;

/** Mean of the energies above `thresholdEnergy`, and how many there were. */
const gatedMean = (energies: Float64Array, thresholdEnergy: number): { mean: number; count: number } => {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < energies.length; i++) {
    const e = energies[i]!;
    if (e > thresholdEnergy) {
      sum += e;
      count++;
    }
  }
  return { mean: count > 0 ? sum / count : 0, count };
};

/** Energy above which blocks pass both gates, or null when no block passes the absolute gate. */
const relativeGateEnergy = (energies: Float64Array, relativeLu: number): number | null => {
  const absolute = gatedMean(energies, lufsToEnergy(ABSOLUTE_GATE_LUFS));
  if (absolute.count === 0) return null;
  return Math.max(lufsToEnergy(ABSOLUTE_GATE_LUFS), absolute.mean * 10 ** (relativeLu / 10));
};

/** Gated integrated loudness (BS.1770-4 §2.8) from 400 ms block energies; null for silence. */
export const integratedLoudness = (blockEnergies: Float64Array): number | null => {
  const gate = relativeGateEnergy(blockEnergies, INTEGRATED_RELATIVE_GATE_LU);
  if (gate === null) return null;
  const gated = gatedMean(blockEnergies, gate);
  return gated.count > 0 ? energyToLufs(gated.mean) : null;
};

/**
 * Loudness range (EBU Tech 3342) from 3 s short-term energies: the spread between the 10th and 95th
 * percentiles of the gated short-term loudness values; null when nothing passes the gates.
 */
export const loudnessRange = (shortTermEnergies: Float64Array): number | null => {
  const gate = relativeGateEnergy(shortTermEnergies, RANGE_RELATIVE_GATE_LU);
  if (gate === null) return null;
  const kept: number[] = [];
  for (const e of shortTermEnergies) if (e > gate) kept.push(e);
  if (kept.length === 0) return null;
  kept.sort((a, b) => a - b);
  // Nearest-rank percentiles, as in libebur128.
  const low = kept[Math.round((kept.length - 1) * 0.1)]!;
  const high = kept[Math.round((kept.length - 1) * 0.95)]!;
  return energyToLufs(high) - energyToLufs(low);
};
