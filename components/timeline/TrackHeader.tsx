'use client';
import type * as Y from 'yjs';
import type { FrameClock } from '@/components/player/createFrameClock';
import { LevelMeter } from '@/components/player/LevelMeter';
import { setTrackMute, setTrackSolo, type TrackState } from '@/lib/mix';
import styles from './timeline.module.css';

/** A track's header in the timeline: name, mute/solo, its level meter and the automation toggle. */
export function TrackHeader({
  doc,
  origin,
  track,
  readOnly,
  clock,
  readLevelDb,
  automationOpen,
  automated,
  onToggleAutomation,
  heightPx,
}: {
  doc: Y.Doc;
  origin: object;
  track: TrackState;
  readOnly: boolean;
  clock: FrameClock;
  readLevelDb(): number;
  automationOpen: boolean;
  /** Whether any lane of this track has points (shown on the toggle). */
  automated: boolean;
  onToggleAutomation(): void;
  heightPx: number;
}) {
  return (
    <div className={styles.trackHeader} style={{ height: heightPx, borderLeftColor: track.color }}>
      <div className={styles.trackTitle}>
        <span className={styles.trackName} title={track.name}>
          {track.name}
        </span>
        <button
          type="button"
          className={styles.small}
          data-on={track.mute || undefined}
          data-kind="mute"
          aria-pressed={track.mute}
          aria-label={`Mute ${track.name}`}
          disabled={readOnly}
          onClick={() => setTrackMute(doc, track.id, !track.mute, origin)}
        >
          M
        </button>
        <button
          type="button"
          className={styles.small}
          data-on={track.solo || undefined}
          data-kind="solo"
          aria-pressed={track.solo}
          aria-label={`Solo ${track.name}`}
          disabled={readOnly}
          onClick={() => setTrackSolo(doc, track.id, !track.solo, origin)}
        >
          S
        </button>
      </div>
      <LevelMeter
        clock={clock}
        read={() => [readLevelDb()]}
        channels={1}
        label={`${track.name} level`}
        widthPx={132}
        heightPx={5}
      />
      <button
        type="button"
        className={styles.autoToggle}
        aria-expanded={automationOpen}
        aria-label={`${automationOpen ? 'Hide' : 'Show'} automation of ${track.name}`}
        onClick={onToggleAutomation}
      >
        {automationOpen ? '▾' : '▸'} Automation{automated ? ' •' : ''}
      </button>
    </div>
  );
}
