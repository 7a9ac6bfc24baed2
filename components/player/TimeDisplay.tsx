'use client';
import { useEffect, useRef } from 'react';
import type { FrameClock } from './createFrameClock';
import { formatClock } from './formatClock';
import styles from './player.module.css';

/** The transport clock, m:ss.mmm, written straight to the DOM on every frame. */
export function TimeDisplay({ clock, durationSec }: { clock: FrameClock; durationSec: number }) {
  const ref = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    let last = '';
    return clock.subscribe(({ atSec }) => {
      const text = formatClock(atSec);
      if (text !== last && ref.current) {
        last = text;
        ref.current.textContent = text;
        ref.current.dataset.sec = atSec.toFixed(3);
      }
    });
  }, [clock]);
  return (
    <div className={styles.clock}>
      <output ref={ref} aria-label="Playback position" data-testid="time-display" data-sec="0">
        0:00.000
      </output>
      <span className={styles.clockTotal}>/ {formatClock(durationSec)}</span>
    </div>
  );
}
