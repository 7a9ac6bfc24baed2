import type { PeakLevel } from '@/lib/audio/peaks';

/**
 * Index of the peaks level to draw when one device pixel covers `framesPerPixel` frames: the coarsest
 * level whose columns are not wider than a pixel (so every pixel gets at least one true min/max and
 * reading stays cheap); if even the finest level is wider than a pixel (deep zoom), the finest.
 */
export const choosePeakLevel = (
  levels: readonly Pick<PeakLevel, 'framesPerColumn'>[],
  framesPerPixel: number,
): number => {
  let best = -1;
  let finest = 0;
  levels.forEach((level, i) => {
    if (level.framesPerColumn < levels[finest]!.framesPerColumn) finest = i;
    if (
      level.framesPerColumn <= framesPerPixel &&
      (best === -1 || level.framesPerColumn > levels[best]!.framesPerColumn)
    ) {
      best = i;
    }
  });
  return best === -1 ? finest : best;
};

/**
 * Min and max amplitude (-1..1) per pixel column, folding every peaks column that falls in the pixel.
 * Pixel x covers frames [startFrame + x·framesPerPixel, startFrame + (x+1)·framesPerPixel); by default
 * the whole stem spans the width. Pixels outside the stem stay 0 and are listed in `empty`.
 */
export const peaksForPixels = (
  level: PeakLevel,
  totalFrames: number,
  widthPx: number,
  startFrame = 0,
  framesPerPixel = totalFrames / Math.max(1, Math.floor(widthPx)),
): { min: Float32Array; max: Float32Array; empty: Uint8Array } => {
  const width = Math.max(0, Math.floor(widthPx));
  const min = new Float32Array(width);
  const max = new Float32Array(width);
  const empty = new Uint8Array(width).fill(1);
  const columns = level.min.length;
  if (columns === 0 || totalFrames <= 0 || framesPerPixel <= 0) return { min, max, empty };
  for (let x = 0; x < width; x++) {
    const fromFrame = startFrame + x * framesPerPixel;
    if (fromFrame < 0 || fromFrame >= totalFrames) continue;
    const from = Math.floor(fromFrame / level.framesPerColumn);
    // At least one column per pixel, so a zoomed-in view repeats a column instead of leaving gaps.
    const to = Math.max(from + 1, Math.floor((fromFrame + framesPerPixel) / level.framesPerColumn));
    let lo = 127;
    let hi = -128;
    for (let c = from; c < Math.min(to, columns); c++) {
      if (level.min[c]! < lo) lo = level.min[c]!;
      if (level.max[c]! > hi) hi = level.max[c]!;
    }
    if (hi < lo) continue;
    min[x] = lo / 127;
    max[x] = hi / 127;
    empty[x] = 0;
  }
  return { min, max, empty };
};
