/** 42.7 -> "0:42"; 3725 -> "1:02:05". Notes show whole seconds: that is how people talk about a mix. */
export function formatTimecode(atSec: number): string {
  const total = Math.max(0, Math.floor(atSec + 1e-9));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "0:42" for a point, "0:42–0:48" for a range. */
export function formatNoteTime(startSec: number, endSec: number | null): string {
  return endSec === null ? formatTimecode(startSec) : `${formatTimecode(startSec)}–${formatTimecode(endSec)}`;
}

/**
 * Reads what people type for a time: "42", "0:42", "1:02:05", "0:42.5". Returns null when it is not a
 * time (so a form can say so) rather than throwing.
 */
export function parseTimecode(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(trimmed)) return null;
  const parts = trimmed.split(':');
  let seconds = 0;
  for (const [index, part] of parts.entries()) {
    const value = Number(part);
    // Minutes and seconds after the first field are 0..59, as on any clock.
    if (index > 0 && value >= 60) return null;
    seconds = seconds * 60 + value;
  }
  return Number.isFinite(seconds) ? seconds : null;
}

/** Parses "0:42" or "0:42-0:48" (hyphen, en dash or "to") into a point or a range; null if unreadable. */
export function parseNoteTime(text: string): { startSec: number; endSec: number | null } | null {
  const [startText, endText, ...rest] = text.split(/\s*(?:–|—|-|to)\s*/);
  if (startText === undefined || rest.length > 0) return null;
  const startSec = parseTimecode(startText);
  if (startSec === null) return null;
  if (endText === undefined || endText.trim() === '') return { startSec, endSec: null };
  const endSec = parseTimecode(endText);
  return endSec === null ? null : { startSec, endSec };
}
