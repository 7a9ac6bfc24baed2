/** Above this true peak a mastering engineer expects a warning (EBU R128 and streaming delivery specs). */
export const TRUE_PEAK_WARNING_DBTP = -1;

/** -14.23 -> "-14.2 LUFS"; null (silence) -> "silent". */
export const formatLufs = (lufs: number | null): string =>
  lufs === null ? 'silent' : `${lufs.toFixed(1)} LUFS`;

/** True peak with its unit; null (digital silence) -> "–". */
export const formatTruePeak = (dbtp: number | null): string =>
  dbtp === null ? '–' : `${dbtp.toFixed(1)} dBTP`;

/** Whether a true peak deserves the warning. */
export const truePeakIsHot = (dbtp: number | null): boolean => dbtp !== null && dbtp > TRUE_PEAK_WARNING_DBTP;
