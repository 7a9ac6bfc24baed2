import { type Breakpoint, valueAt } from '@/lib/mix';

/**
 * SVG path of a lane's curve over the visible `spanSec` seconds from `startSec` (the whole song when
 * not zoomed), evaluated with `valueAt` (the same contract playback uses) once per pixel, plus
 * exactly at each breakpoint in view and just before it so steps and jumps stay vertical.
 */
export const curvePath = (
  points: readonly Breakpoint[],
  fallback: number,
  widthPx: number,
  spanSec: number,
  toY: (value: number) => number,
  startSec = 0,
): string => {
  if (widthPx <= 0 || spanSec <= 0) return '';
  const secPerPx = spanSec / widthPx;
  const samples: number[] = [];
  for (let x = 0; x <= widthPx; x++) samples.push(startSec + x * secPerPx);
  for (const p of points) {
    if (p.atSec > startSec && p.atSec < startSec + spanSec) samples.push(p.atSec - 1e-6, p.atSec);
  }
  samples.sort((a, b) => a - b);
  return samples
    .map((sec, i) => {
      const x = Math.max(0, (sec - startSec) / secPerPx);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${toY(valueAt(points, sec, fallback)).toFixed(2)}`;
    })
    .join('');
};
