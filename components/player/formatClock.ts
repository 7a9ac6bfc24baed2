/** A song position as the transport shows it, m:ss.mmm: 65.2504 -> "1:05.250". Negative reads as 0. */
export const formatClock = (atSec: number): string => {
  const ms = Math.max(0, Math.round((Number.isFinite(atSec) ? atSec : 0) * 1000));
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  const millis = ms % 1000;
  return `${minutes}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
};
