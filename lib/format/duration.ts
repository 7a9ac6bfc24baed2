/** 83.4 -> "1:23.4"; 3725 -> "1:02:05.0". */
export function formatDuration(seconds: number, decimals = 1): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const scale = 10 ** decimals;
  const total = Math.round(seconds * scale) / scale;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  const sText = s.toFixed(decimals).padStart(decimals > 0 ? 3 + decimals : 2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sText}` : `${m}:${sText}`;
}
