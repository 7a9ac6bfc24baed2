/**
 * How song time maps onto the timeline's drawing width. Without a view the whole song fits the
 * width; zoomed in, the width shows `spanSec` seconds from `startSec`.
 */
export interface TimeScale {
  /** The song's length. */
  durationSec: number;
  widthPx: number;
  /** First visible second (default 0). */
  startSec?: number;
  /** Visible seconds (default the whole song). */
  spanSec?: number;
}

/** The visible part of the song: `spanSec` seconds from `startSec`. */
export interface TimeView {
  startSec: number;
  spanSec: number;
}

export const viewOf = (scale: TimeScale): TimeView => ({
  startSec: scale.startSec ?? 0,
  spanSec: scale.spanSec ?? scale.durationSec,
});

/** X position (CSS px from the lane's left edge) of a song time; outside 0..width when out of view. */
export const secToPx = (atSec: number, scale: TimeScale): number => {
  const { startSec, spanSec } = viewOf(scale);
  return spanSec > 0 ? ((atSec - startSec) / spanSec) * scale.widthPx : 0;
};

/** A length in seconds as CSS px at the scale's zoom. */
export const spanToPx = (seconds: number, scale: TimeScale): number => {
  const { spanSec } = viewOf(scale);
  return spanSec > 0 ? (seconds / spanSec) * scale.widthPx : 0;
};

/** Song time under an x position, clamped to the song. */
export const pxToSec = (xPx: number, scale: TimeScale): number => {
  const { startSec, spanSec } = viewOf(scale);
  if (scale.widthPx <= 0 || spanSec <= 0 || scale.durationSec <= 0) return 0;
  const sec = startSec + (xPx / scale.widthPx) * spanSec;
  return Math.min(Math.max(sec, 0), scale.durationSec);
};

const STEPS_SEC = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600];

/** The smallest "round" ruler step that leaves at least `minLabelPx` between two labels. */
export const rulerStepSec = (scale: TimeScale, minLabelPx = 64): number => {
  const { spanSec } = viewOf(scale);
  if (scale.widthPx <= 0 || spanSec <= 0) return STEPS_SEC.at(-1)!;
  const pxPerSec = scale.widthPx / spanSec;
  return STEPS_SEC.find((step) => step * pxPerSec >= minLabelPx) ?? STEPS_SEC.at(-1)!;
};

/** The deepest zoom: this many seconds across the whole width (about 10 ms per 100 px on a wide screen). */
export const MIN_SPAN_SEC = 0.25;

/** Keeps a view inside the song and between the deepest zoom and the whole song. */
export const clampView = (view: TimeView, durationSec: number): TimeView => {
  if (durationSec <= 0) return { startSec: 0, spanSec: 0 };
  const spanSec = Math.min(durationSec, Math.max(Math.min(MIN_SPAN_SEC, durationSec), view.spanSec));
  const startSec = Math.min(Math.max(0, view.startSec), durationSec - spanSec);
  return { startSec, spanSec };
};

/** Zooms by `factor` (>1 in, <1 out) keeping `anchorSec` at the same place on screen. */
export const zoomView = (
  view: TimeView,
  factor: number,
  anchorSec: number,
  durationSec: number,
): TimeView => {
  const spanSec = view.spanSec / factor;
  const anchorFraction = view.spanSec > 0 ? (anchorSec - view.startSec) / view.spanSec : 0;
  return clampView({ startSec: anchorSec - anchorFraction * spanSec, spanSec }, durationSec);
};

/** Moves the view by `deltaSec` (negative = earlier), staying inside the song. */
export const panView = (view: TimeView, deltaSec: number, durationSec: number): TimeView =>
  clampView({ startSec: view.startSec + deltaSec, spanSec: view.spanSec }, durationSec);

/**
 * While playing, the view turns the page once the playhead leaves it: the playhead lands a tenth
 * of the way in. Returns the same view when the playhead is in sight.
 */
export const followPlayhead = (view: TimeView, atSec: number, durationSec: number): TimeView => {
  if (atSec >= view.startSec && atSec < view.startSec + view.spanSec) return view;
  return clampView({ startSec: atSec - view.spanSec * 0.1, spanSec: view.spanSec }, durationSec);
};
