'use client';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { formatDb, RANGES } from '@/lib/mix';
import { dbToFaderPosition, faderPositionToDb, stepFaderDb } from './faderLaw';
import styles from './mixer.module.css';
import { useCoalescedCommit } from './useCoalescedCommit';
import { useDrag } from './useDrag';

/** Height of the fader's travel (and of a meter beside it). */
export const TRAVEL_PX = 180;
// Only marks that stay legible at this height; the law packs -96..-20 dB into the bottom fifth.
const SCALE_DB = [12, 6, 0, -6, -12, -20, -40] as const;

/**
 * A vertical console fader in dB. Drag (Shift = fine), arrow keys (Shift = 0.1 dB), Page Up/Down
 * (±6 dB), Home (-inf), End (+12 dB); double-click resets to 0 dB.
 */
export function Fader({
  label,
  valueDb,
  disabled,
  onChange,
  meter,
}: {
  /** Accessible name, e.g. "Drums fader". */
  label: string;
  valueDb: number | null;
  disabled: boolean;
  onChange(valueDb: number | null): void;
  /** A level meter drawn beside the fader, TRAVEL_PX high (`StripMeter`). */
  meter?: ReactNode;
}) {
  // While dragging, the thumb follows the pointer and the document gets coalesced updates.
  const [draftDb, setDraftDb] = useState<number | null | undefined>(undefined);
  const shown = draftDb === undefined ? valueDb : draftDb;
  const writer = useCoalescedCommit(onChange);

  const drag = useDrag<{ position: number }>({
    start: () => (disabled ? null : { position: dbToFaderPosition(shown) }),
    move: (start, _dx, dy, event) => {
      const position = start.position - (dy / TRAVEL_PX) * (event.shiftKey ? 0.2 : 1);
      const db = faderPositionToDb(Math.min(1, Math.max(0, position)));
      setDraftDb(db);
      writer.push(db);
    },
    end: () => {
      writer.flush();
      setDraftDb(undefined);
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    let next: number | null | undefined;
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowRight':
        next = stepFaderDb(shown, 1, event.shiftKey);
        break;
      case 'ArrowDown':
      case 'ArrowLeft':
        next = stepFaderDb(shown, -1, event.shiftKey);
        break;
      case 'PageUp':
        next = Math.min(RANGES.trackGainDb.max, (shown ?? -66) + 6);
        break;
      case 'PageDown':
        next = shown === null || shown - 6 < RANGES.trackGainDb.min ? null : shown - 6;
        break;
      case 'Home':
        next = null;
        break;
      case 'End':
        next = RANGES.trackGainDb.max;
        break;
      default:
        return;
    }
    event.preventDefault();
    // Each key press is one deliberate step; key repeat (~30/s) is bounded by the keyboard itself.
    onChange(next);
  };

  const thumbPct = dbToFaderPosition(shown) * 100;
  const text = `${formatDb(shown)} dB`;
  return (
    <div className={styles.fader}>
      <div className={styles.faderRow}>
        <div
          role="slider"
          tabIndex={0}
          aria-label={label}
          aria-orientation="vertical"
          aria-valuemin={RANGES.trackGainDb.min}
          aria-valuemax={RANGES.trackGainDb.max}
          aria-valuenow={shown ?? RANGES.trackGainDb.min}
          aria-valuetext={text}
          aria-disabled={disabled || undefined}
          className={styles.faderSlot}
          data-disabled={disabled || undefined}
          style={{ height: TRAVEL_PX }}
          onKeyDown={onKeyDown}
          onDoubleClick={() => !disabled && onChange(0)}
          {...drag}
        >
          <div className={styles.faderScale} aria-hidden="true">
            {SCALE_DB.map((db) => (
              <span
                key={db}
                style={{ bottom: `${dbToFaderPosition(db) * 100}%` }}
                data-zero={db === 0 || undefined}
              >
                {db > 0 ? `+${db}` : db}
              </span>
            ))}
            <span style={{ bottom: 0 }}>-∞</span>
          </div>
          <div className={styles.faderTrack} aria-hidden="true" />
          <div className={styles.faderThumb} style={{ bottom: `${thumbPct}%` }} aria-hidden="true" />
        </div>
        {meter}
      </div>
      <output className={styles.readout} aria-label={`${label} value`} data-testid="fader-readout">
        {formatDb(shown)}
      </output>
    </div>
  );
}
