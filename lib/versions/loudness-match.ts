/** How two bounces are played at equal loudness: the louder one is turned down, never the quieter up (no clipping). */
export interface LoudnessMatch {
  /** B's integrated loudness minus A's, in LU (positive: B is louder). */
  differenceLu: number;
  /** Playback gain for A and for B so both sound equally loud. */
  gainDbA: number;
  gainDbB: number;
}

/** Loudness-matched playback gains from two integrated loudness figures (null when either is unknown). */
export function loudnessMatch(
  lufsA: number | null | undefined,
  lufsB: number | null | undefined,
): LoudnessMatch | null {
  if (lufsA == null || lufsB == null) return null;
  const quieter = Math.min(lufsA, lufsB);
  return { differenceLu: lufsB - lufsA, gainDbA: quieter - lufsA, gainDbB: quieter - lufsB };
}
