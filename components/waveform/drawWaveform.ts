import type { Peaks } from '@/lib/audio/peaks';
import { choosePeakLevel, peaksForPixels } from './choosePeakLevel';

/**
 * Draws a stem's peaks into a canvas already sized in device pixels: the level is chosen for the
 * device-pixel width (sharp on retina screens), one vertical min..max line per device pixel.
 * The canvas shows `spanSec` seconds of the song from `startSec` (the timeline's view), so a stem
 * shorter than the song ends before the right edge and a zoomed view draws only what is in sight.
 */
export function drawWaveform(
  g: CanvasRenderingContext2D,
  peaks: Peaks,
  widthDevicePx: number,
  heightDevicePx: number,
  view: { startSec: number; spanSec: number },
  color: string,
): void {
  g.clearRect(0, 0, widthDevicePx, heightDevicePx);
  if (widthDevicePx <= 0 || view.spanSec <= 0) return;
  const framesPerPixel = (view.spanSec * peaks.sampleRate) / widthDevicePx;
  const level = peaks.levels[choosePeakLevel(peaks.levels, framesPerPixel)];
  if (level === undefined) return;
  const { min, max, empty } = peaksForPixels(
    level,
    peaks.frames,
    widthDevicePx,
    view.startSec * peaks.sampleRate,
    framesPerPixel,
  );
  const mid = heightDevicePx / 2;
  const half = mid - 1;
  g.fillStyle = color;
  let lastX = -1;
  let firstX = -1;
  for (let x = 0; x < min.length; x++) {
    if (empty[x]) continue;
    if (firstX < 0) firstX = x;
    lastX = x;
    const top = mid - max[x]! * half;
    const bottom = mid - min[x]! * half;
    g.fillRect(x, top, 1, Math.max(1, bottom - top));
  }
  // The zero line, so silence still reads as "audio here" rather than an empty lane.
  if (firstX >= 0) {
    g.fillStyle = 'rgba(255,255,255,0.12)';
    g.fillRect(firstX, Math.floor(mid), lastX - firstX + 1, 1);
  }
}
