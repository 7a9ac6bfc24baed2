import { decayPerSample } from './noteEnvelope';

// Gain is judged per 5 ms block; the dip starts 5 ms ahead (look-ahead, so it is smooth when the peak
// arrives) and recovers with a 60 ms time constant, slow enough not to distort low notes.
const BLOCK_SEC = 0.005;
const ATTACK_SEC = 0.005;
const RELEASE_SEC = 0.06;

/**
 * Applies one shared gain curve to every stem so that their sum never exceeds `ceiling` (linear), like a
 * mastering limiter on the mix bus, yet each stem still sums exactly to the limited mix. Gain only dips
 * around the few moments that go over, so the rest of the song is untouched.
 */
export const applyLinkedLimiter = (
  stems: readonly (readonly Float32Array[])[],
  ceiling: number,
  sampleRate: number,
): void => {
  const first = stems[0];
  if (!first) return;
  const length = first[0]!.length;
  const channelCount = first.length;
  const blockSamples = Math.round(BLOCK_SEC * sampleRate);
  const attackSamples = Math.round(ATTACK_SEC * sampleRate);
  const releasePerSample = decayPerSample(RELEASE_SEC, sampleRate);
  const releaseSamples = Math.round(RELEASE_SEC * 6 * sampleRate);
  const gain = new Float32Array(length).fill(1);
  let touched = false;
  for (let blockStart = 0; blockStart < length; blockStart += blockSamples) {
    const blockEnd = Math.min(length, blockStart + blockSamples);
    let blockPeak = 0;
    for (let c = 0; c < channelCount; c++) {
      for (let i = blockStart; i < blockEnd; i++) {
        let sum = 0;
        for (const stem of stems) sum += stem[c]![i]!;
        const magnitude = Math.abs(sum);
        if (magnitude > blockPeak) blockPeak = magnitude;
      }
    }
    if (blockPeak <= ceiling) continue;
    touched = true;
    const depth = 1 - ceiling / blockPeak;
    // Each dip is combined with the curve by taking the minimum, which keeps the curve continuous.
    for (let i = Math.max(0, blockStart - attackSamples); i < blockStart; i++) {
      const x = (i - (blockStart - attackSamples)) / attackSamples;
      const dip = 1 - depth * (0.5 - 0.5 * Math.cos(Math.PI * x));
      if (dip < gain[i]!) gain[i] = dip;
    }
    for (let i = blockStart; i < blockEnd; i++) if (1 - depth < gain[i]!) gain[i] = 1 - depth;
    let release = depth;
    for (let i = blockEnd; i < Math.min(length, blockEnd + releaseSamples); i++) {
      release *= releasePerSample;
      if (1 - release < gain[i]!) gain[i] = 1 - release;
    }
  }
  if (!touched) return;
  for (const stem of stems) {
    for (const channel of stem) {
      for (let i = 0; i < length; i++) channel[i]! *= gain[i]!;
    }
  }
};
