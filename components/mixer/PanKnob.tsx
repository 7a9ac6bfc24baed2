'use client';
import { type KeyboardEvent, useState } from 'react';
import { formatPan } from '@/lib/mix';
import styles from './mixer.module.css';
import { useCoalescedCommit } from './useCoalescedCommit';
import { useDrag } from './useDrag';

const DRAG_PX_FULL_RANGE = 150;
/** The knob sweeps 270°, from 7:30 (hard left) to 4:30 (hard right). */
const SWEEP_DEG = 135;

const clampPan = (pan: number): number => Math.round(Math.min(1, Math.max(-1, pan)) * 100) / 100 + 0;

/** Pan knob: drag up/down, arrows ±5 % (Shift ±1 %), Home/End hard left/right, double-click centre. */
export function PanKnob({
  label,
  pan,
  disabled,
  onChange,
}: {
  label: string;
  pan: number;
  disabled: boolean;
  onChange(pan: number): void;
}) {
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const shown = draft ?? pan;
  const writer = useCoalescedCommit(onChange);
  const drag = useDrag<{ pan: number }>({
    start: () => (disabled ? null : { pan: shown }),
    move: (start, dx, dy, event) => {
      const travel = (dx - dy) / DRAG_PX_FULL_RANGE;
      const next = clampPan(start.pan + travel * (event.shiftKey ? 0.4 : 2));
      setDraft(next);
      writer.push(next);
    },
    end: () => {
      writer.flush();
      setDraft(undefined);
    },
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const step = event.shiftKey ? 0.01 : 0.05;
    const next =
      event.key === 'ArrowUp' || event.key === 'ArrowRight'
        ? shown + step
        : event.key === 'ArrowDown' || event.key === 'ArrowLeft'
          ? shown - step
          : event.key === 'Home'
            ? -1
            : event.key === 'End'
              ? 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onChange(clampPan(next));
  };
  const angle = shown * SWEEP_DEG;
  return (
    <div className={styles.pan}>
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={shown}
        aria-valuetext={formatPan(shown)}
        aria-disabled={disabled || undefined}
        data-disabled={disabled || undefined}
        className={styles.knob}
        onKeyDown={onKeyDown}
        onDoubleClick={() => !disabled && onChange(0)}
        {...drag}
      >
        <svg viewBox="-20 -20 40 40" aria-hidden="true">
          <circle r="17" className={styles.knobRing} />
          <path
            className={styles.knobArc}
            d={arcPath(0, angle)}
            fill="none"
            strokeWidth="3"
            strokeLinecap="round"
          />
          <circle r="12" className={styles.knobBody} />
          <line y1="-4" y2="-11" className={styles.knobPointer} transform={`rotate(${angle})`} />
        </svg>
      </div>
      <output className={styles.panReadout} aria-label={`${label} value`}>
        {formatPan(shown)}
      </output>
    </div>
  );
}

/** SVG arc on the knob's ring from `fromDeg` to `toDeg` (0° = 12 o'clock, clockwise). */
const arcPath = (fromDeg: number, toDeg: number): string => {
  const radius = 17;
  const point = (deg: number) => {
    const rad = (deg * Math.PI) / 180;
    return `${(radius * Math.sin(rad)).toFixed(3)} ${(-radius * Math.cos(rad)).toFixed(3)}`;
  };
  const [a, b] = fromDeg <= toDeg ? [fromDeg, toDeg] : [toDeg, fromDeg];
  if (b - a < 0.5) return `M ${point(a)}`;
  return `M ${point(a)} A ${radius} ${radius} 0 ${b - a > 180 ? 1 : 0} 1 ${point(b)}`;
};
