'use client';
import { useEffect, useRef } from 'react';
import type { FrameClock } from '@/components/player/createFrameClock';
import { type OtherPlayhead, otherPlayheadSec } from '@/components/player/useOtherPlayheads';
import { formatSec, type Marker } from '@/lib/mix';
import type { LoopRange } from '@/lib/player';
import { NoteMarks } from './NoteMarks';
import styles from './timeline.module.css';
import { secToPx, spanToPx, type TimeScale } from './timeScale';

/**
 * Everything drawn over the ruler and lanes: loop range, section markers, notes, other listeners' playheads
 * (in their presence colour) and ours. Playheads move from the frame clock, outside React renders.
 */
export function TimelineOverlay({
  scale,
  clock,
  loopRange,
  loopOn,
  markers,
  others,
}: {
  scale: TimeScale;
  clock: FrameClock;
  loopRange: LoopRange | null;
  loopOn: boolean;
  markers: readonly Marker[];
  others: readonly OtherPlayhead[];
}) {
  const playheadRef = useRef<HTMLDivElement>(null);
  const otherRefs = useRef(new Map<number, HTMLDivElement>());
  const othersRef = useRef(others);
  othersRef.current = others;

  useEffect(
    () =>
      clock.subscribe(({ atSec }) => {
        if (playheadRef.current)
          playheadRef.current.style.transform = `translateX(${secToPx(atSec, scale)}px)`;
        const now = performance.now();
        for (const other of othersRef.current) {
          const el = otherRefs.current.get(other.clientId);
          const sec = Math.min(otherPlayheadSec(other, now), scale.durationSec);
          if (el) el.style.transform = `translateX(${secToPx(sec, scale)}px)`;
        }
      }),
    [clock, scale],
  );

  return (
    <div className={styles.overlay} aria-hidden="true">
      {loopRange && (
        <div
          className={styles.loop}
          data-on={loopOn || undefined}
          style={{
            left: secToPx(loopRange.startSec, scale),
            width: spanToPx(loopRange.endSec - loopRange.startSec, scale),
          }}
        />
      )}
      {markers.map((m) => (
        <div key={m.id} className={styles.marker} style={{ left: secToPx(m.atSec, scale) }}>
          <span title={`${m.name} at ${formatSec(m.atSec)}`}>{m.name}</span>
        </div>
      ))}
      <NoteMarks scale={scale} />
      {others.map((o) => (
        <div
          key={o.clientId}
          className={styles.otherPlayhead}
          style={{ borderColor: o.color }}
          ref={(el) => {
            if (el) otherRefs.current.set(o.clientId, el);
            else otherRefs.current.delete(o.clientId);
          }}
        >
          <span style={{ background: o.color }}>{o.name}</span>
        </div>
      ))}
      <div className={styles.playhead} ref={playheadRef} data-testid="playhead" />
    </div>
  );
}
