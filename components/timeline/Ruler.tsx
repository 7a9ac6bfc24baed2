'use client';
import type { PointerEvent } from 'react';
import { formatSec } from '@/lib/mix';
import styles from './timeline.module.css';
import { rulerStepSec, secToPx, type TimeScale } from './timeScale';

const formatTick = (sec: number, stepSec: number): string => {
  if (stepSec < 1) return formatSec(sec);
  const m = Math.floor(sec / 60);
  const s = Math.round(sec - m * 60);
  return `${m}:${String(s).padStart(2, '0')}`;
};

/** The time ruler: labelled ticks at a round step; click seeks, drag selects a loop range. */
export function Ruler({
  scale,
  onPointerDown,
}: {
  scale: TimeScale;
  onPointerDown(event: PointerEvent<HTMLElement>): void;
}) {
  const step = rulerStepSec(scale);
  const ticks: number[] = [];
  // The last label would be cut off at the right edge: stop one label width before it.
  const lastSec = scale.durationSec - (40 / Math.max(1, scale.widthPx)) * scale.durationSec;
  for (let sec = 0; sec <= lastSec && ticks.length < 500; sec += step) ticks.push(sec);
  return (
    <div
      className={styles.ruler}
      onPointerDown={onPointerDown}
      title="Click to move the playhead; drag to select a loop range"
      data-testid="ruler"
    >
      {ticks.map((sec) => (
        <span key={sec} className={styles.tick} style={{ left: secToPx(sec, scale) }}>
          {formatTick(sec, step)}
        </span>
      ))}
    </div>
  );
}
