import type { Peaks } from '@/lib/audio/peaks';
import { choosePeakLevel, peaksForPixels } from './choosePeakLevel';

/**
 * Draws a stem's peaks into a canvas already sized in device pixels: the level is chosen for the
 * device-pixel width (sharp on retina screens), one vertical min..max line per device pixel.
 * `durationSec` is the timeline's length, so a shorter stem ends before the right edge.
 */
export function drawWaveform(
  g: CanvasRenderingContext2D,
  peaks: Peaks,
  widthDevicePx: number,
  heightDevicePx: number,
  durationSec: number,
  color: string,
): void {
  g.clearRect(0, 0, widthDevicePx, heightDevicePx);
  const stemSec = peaks.frames / peaks.sampleRate;
  const stemWidth = Math.max(
    1,
    Math.round(widthDevicePx * Math.min(1, stemSec / Math.max(durationSec, 1e-9))),
  );
  const level = peaks.levels[choosePeakLevel(peaks.levels, peaks.frames / stemWidth)];
  if (level === undefined) return;
  const { min, max } = peaksForPixels(level, peaks.frames, stemWidth);
  const mid = heightDevicePx / 2;
  const half = mid - 1;
  g.fillStyle = color;
  for (let x = 0; x < stemWidth; x++) {
    const top = mid - max[x]! * half;
    const bottom = mid - min[x]! * half;
    g.fillRect(x, top, 1, Math.max(1, bottom - top));
  }
  // The zero line, so silence still reads as "audio here" rather than an empty lane.
  g.fillStyle = 'rgba(255,255,255,0.12)';
  g.fillRect(0, Math.floor(mid), stemWidth, 1);
}
