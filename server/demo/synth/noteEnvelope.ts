/**
 * Gain of a note `tSec` after its start: a raised-cosine attack and a raised-cosine release ending
 * exactly at `endSec`, so every note starts and stops at zero and never clicks.
 */
export const fadeInOutGain = (
  tSec: number,
  attackSec: number,
  endSec: number,
  releaseSec: number,
): number => {
  if (tSec <= 0 || tSec >= endSec) return 0;
  let gain = 1;
  if (tSec < attackSec) gain = 0.5 - 0.5 * Math.cos((Math.PI * tSec) / attackSec);
  const untilEndSec = endSec - tSec;
  if (untilEndSec < releaseSec) gain *= 0.5 - 0.5 * Math.cos((Math.PI * untilEndSec) / releaseSec);
  return gain;
};

/** Per-sample multiplier that makes a value decay by 1/e every `timeConstantSec`. */
export const decayPerSample = (timeConstantSec: number, sampleRate: number): number =>
  Math.exp(-1 / (timeConstantSec * sampleRate));
