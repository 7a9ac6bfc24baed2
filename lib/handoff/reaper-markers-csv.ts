import { csvText } from './csv';

/** A point (marker) or a span (region) on the song's timeline. */
export interface TimelineMark {
  name: string;
  startSec: number;
  /** Present for a region. */
  endSec?: number | null;
}

/** Seconds as Reaper's Minutes:Seconds ruler shows them: "1:02.500". */
export function formatReaperTime(sec: number): string {
  const ms = Math.round(Math.max(0, sec) * 1000);
  const minutes = Math.floor(ms / 60_000);
  const rest = (ms - minutes * 60_000) / 1000;
  return `${minutes}:${rest.toFixed(3).padStart(6, '0')}`;
}

/**
 * The CSV Reaper's Region/Marker Manager exports and imports: `#,Name,Start,End,Length`, markers numbered
 * M1, M2… with only a start, regions R1, R2… with start, end and length, times in m:ss.fff.
 */
export function reaperMarkersCsv(marks: readonly TimelineMark[]): string {
  const sorted = [...marks].sort((a, b) => a.startSec - b.startSec);
  let markers = 0;
  let regions = 0;
  const rows = sorted.map((mark) => {
    if (mark.endSec != null && mark.endSec > mark.startSec) {
      regions += 1;
      return [
        `R${regions}`,
        mark.name,
        formatReaperTime(mark.startSec),
        formatReaperTime(mark.endSec),
        formatReaperTime(mark.endSec - mark.startSec),
      ];
    }
    markers += 1;
    return [`M${markers}`, mark.name, formatReaperTime(mark.startSec), '', ''];
  });
  return csvText([['#', 'Name', 'Start', 'End', 'Length'], ...rows]);
}
