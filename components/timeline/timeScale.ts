/** How song time maps onto the timeline's drawing width: the whole song fits the width. */
export interface TimeScale {
  durationSec: number;
  widthPx: number;
}

/** X position (CSS px from the lane's left edge) of a song time. */
export const secToPx = (atSec: number, scale: TimeScale): number =>
  scale.durationSec > 0 ? (atSec / scale.durationSec) * scale.widthPx : 0;

/** Song time under an x position, clamped to the song. */
export const pxToSec = (xPx: number, scale: TimeScale): number => {
  if (scale.widthPx <= 0 || scale.durationSec <= 0) return 0;
  const sec = (xPx / scale.widthPx) * scale.durationSec;
  return Math.min(Math.max(sec, 0), scale.durationSec);
};

const STEPS_SEC = [0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600];

/** The smallest "round" ruler step that leaves at least `minLabelPx` between two labels. */
export const rulerStepSec = (scale: TimeScale, minLabelPx = 64): number => {
  if (scale.widthPx <= 0 || scale.durationSec <= 0) return STEPS_SEC.at(-1)!;
  const pxPerSec = scale.widthPx / scale.durationSec;
  return STEPS_SEC.find((step) => step * pxPerSec >= minLabelPx) ?? STEPS_SEC.at(-1)!;
};
