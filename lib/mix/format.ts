/** Trims a fixed-point number's trailing zeros ("3.20" -> "3.2", "1.00" -> "1"). */
const trimZeros = (text: string): string => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/** A gain in dB with one decimal and an explicit sign: "-3.0", "+2.0", "0.0"; null -> "-inf". */
export const formatDb = (db: number | null): string => {
  if (db === null || db === Number.NEGATIVE_INFINITY) return '-inf';
  const text = db.toFixed(1);
  if (text === '0.0' || text === '-0.0') return '0.0';
  return db > 0 ? `+${text}` : text;
};

/** A pan position as a mixing console shows it: -0.2 -> "20L", 0 -> "C", 1 -> "100R". */
export const formatPan = (pan: number): string => {
  const percent = Math.round(Math.abs(pan) * 100);
  if (percent === 0) return 'C';
  return `${percent}${pan < 0 ? 'L' : 'R'}`;
};

/** A frequency: "30 Hz", "120 Hz", "1 kHz", "3.2 kHz", "12.5 kHz" (at most 2 decimals in kHz). */
export const formatHz = (freqHz: number): string => {
  if (Math.abs(freqHz) < 1000) return `${trimZeros(freqHz.toFixed(freqHz < 100 ? 1 : 0))} Hz`;
  return `${trimZeros((freqHz / 1000).toFixed(2))} kHz`;
};

/** A Q factor with two decimals: "0.71", "1.00". */
export const formatQ = (q: number): string => q.toFixed(2);

/** A song position as m:ss.s: 65.25 -> "1:05.3". */
export const formatSec = (atSec: number): string => {
  const tenths = Math.round(atSec * 10);
  const minutes = Math.floor(tenths / 600);
  const seconds = (tenths - minutes * 600) / 10;
  return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`;
};
