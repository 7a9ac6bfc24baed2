/** Lowest level a meter shows; anything quieter reads as the bottom of the scale. */
export const METER_FLOOR_DB = -60;
/** How long the peak-hold line stays put before it falls. */
export const PEAK_HOLD_MS = 1500;
/** Fall rate of the bar after a peak (dB per second): fast attack, readable release. */
export const METER_RELEASE_DB_PER_SEC = 24;

/** Where a level sits on the meter, 0 (floor or silence) .. 1 (0 dBFS and above). */
export const meterFraction = (levelDb: number, floorDb = METER_FLOOR_DB): number => {
  if (!(levelDb > floorDb)) return 0;
  return Math.min(1, (levelDb - floorDb) / -floorDb);
};

/** State of one meter channel between frames. */
export interface MeterState {
  barDb: number;
  holdDb: number;
  holdSinceMs: number;
}

/** A fresh, silent meter. */
export const silentMeter = (): MeterState => ({
  barDb: Number.NEGATIVE_INFINITY,
  holdDb: Number.NEGATIVE_INFINITY,
  holdSinceMs: 0,
});

/**
 * Next meter state for an input level: the bar jumps up at once and falls at the release rate; the
 * hold line marks the highest recent peak for PEAK_HOLD_MS, then falls like the bar.
 */
export const advanceMeter = (
  state: MeterState,
  inputDb: number,
  nowMs: number,
  elapsedMs: number,
): MeterState => {
  const fall = (METER_RELEASE_DB_PER_SEC * elapsedMs) / 1000;
  const released = Number.isFinite(state.barDb) ? state.barDb - fall : state.barDb;
  const barDb = Math.max(inputDb, released < METER_FLOOR_DB ? Number.NEGATIVE_INFINITY : released);
  if (inputDb >= state.holdDb || nowMs - state.holdSinceMs > PEAK_HOLD_MS + 1000) {
    return { barDb, holdDb: inputDb, holdSinceMs: nowMs };
  }
  if (nowMs - state.holdSinceMs > PEAK_HOLD_MS) {
    const holdDb = Math.max(barDb, state.holdDb - fall);
    return { barDb, holdDb, holdSinceMs: state.holdSinceMs };
  }
  return { barDb, holdDb: state.holdDb, holdSinceMs: state.holdSinceMs };
};
