'use client';
import { type PointerEvent, useEffect, useRef } from 'react';
import type { FrameClock } from '@/components/player/createFrameClock';
import { formatSec } from '@/lib/mix';
import styles from './timeline.module.css';
import { rulerStepSec, secToPx, type TimeScale, viewOf } from './timeScale';

const formatTick = (sec: number, stepSec: number): string => {
  if (stepSec < 1) return formatSec(sec);
  const m = Math.floor(sec / 60);
  const s = Math.round(sec - m * 60);
  return `${m}:${String(s).padStart(2, '0')}`;
};

/**
 * The time ruler: labelled ticks at a round step; click seeks, drag selects a loop range. While the
 * stems are still arriving, a strip along its foot shows how far every stem has loaded.
 */
export function Ruler({
  scale,
  onPointerDown,
  clock,
  readLoadedSec,
}: {
  scale: TimeScale;
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  clock: FrameClock;
  /** Seconds from the start every stem has loaded; null before the player exists. */
  readLoadedSec(): number | null;
}) {
  const loadedRef = useRef<HTMLDivElement>(null);
  const readRef = useRef(readLoadedSec);
  readRef.current = readLoadedSec;
  useEffect(() => {
    let last = '';
    return clock.subscribe(() => {
      const el = loadedRef.current;
      if (el === null) return;
      const loaded = readRef.current();
      const complete = loaded === null || loaded >= scale.durationSec;
      const width = complete ? '0px' : `${Math.max(0, secToPx(loaded, scale))}px`;
      if (width === last) return;
      last = width;
      el.style.width = width;
      el.hidden = complete;
      el.dataset.loadedSec = complete ? '' : loaded.toFixed(1);
    });
  }, [clock, scale]);
  const step = rulerStepSec(scale);
  const { startSec, spanSec } = viewOf(scale);
  const ticks: number[] = [];
  // The last label would be cut off at the right edge: stop one label width before it.
  const lastSec = startSec + spanSec - (40 / Math.max(1, scale.widthPx)) * spanSec;
  // Whole multiples of the step (counted, not summed, so 0.1 s steps do not drift).
  for (let i = Math.ceil(startSec / step - 1e-9); i * step <= lastSec && ticks.length < 500; i++) {
    ticks.push(i * step);
  }
  return (
    <div
      className={styles.ruler}
      onPointerDown={onPointerDown}
      title="Click to move the playhead; drag to select a loop range"
      data-testid="ruler"
      data-view-start={startSec.toFixed(3)}
      data-view-span={spanSec.toFixed(3)}
    >
      <div
        ref={loadedRef}
        className={styles.loaded}
        hidden
        title="Loaded so far; playback waits at its end until more is in"
        data-testid="ruler-loaded"
      />
      {ticks.map((sec) => (
        <span key={sec} className={styles.tick} style={{ left: secToPx(sec, scale) }}>
          {formatTick(sec, step)}
        </span>
      ))}
    </div>
  );
}
