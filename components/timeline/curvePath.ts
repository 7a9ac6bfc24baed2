import { type Breakpoint, valueAt } from '@/lib/mix';

/**
 * SVG path of a lane's curve, evaluated with `valueAt` (the same contract playback uses) once per
 * pixel, plus exactly at each breakpoint and just before it so steps and jumps stay vertical.
 */
export const curvePath = (
  points: readonly Breakpoint[],
  fallback: number,
  widthPx: number,
  durationSec: number,
  toY: (value: number) => number,
): string => {
  if (widthPx <= 0 || durationSec <= 0) return '';
  const secPerPx = durationSec / widthPx;
  const samples: number[] = [];
  for (let x = 0; x <= widthPx; x++) samples.push(x * secPerPx);
  for (const p of points) {
    if (p.atSec > 0 && p.atSec < durationSec) samples.push(p.atSec - 1e-6, p.atSec);
  }
  samples.sort((a, b) => a - b);
  return samples
    .map((sec, i) => {
      const x = Math.max(0, sec / secPerPx);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${toY(valueAt(points, sec, fallback)).toFixed(2)}`;
    })
    .join('');
};
