'use client';
import type * as Y from 'yjs';
import { setTrackGain, setTrackMute, setTrackPan, setTrackSolo, type TrackState } from '@/lib/mix';
import { EqThumbnail } from './EqThumbnail';
import { Fader, TRAVEL_PX } from './Fader';
import type { TrackWatcher } from './Mixer';
import styles from './mixer.module.css';
import { PanKnob } from './PanKnob';
import { StripMeter } from './StripMeter';

/** One track's strip: name and colour, EQ button, pan, mute/solo, fader. */
export function ChannelStrip({
  doc,
  origin,
  track,
  readOnly,
  watchers,
  eqOpen,
  onToggleEq,
}: {
  doc: Y.Doc;
  origin: object;
  track: TrackState;
  readOnly: boolean;
  watchers: readonly TrackWatcher[];
  eqOpen: boolean;
  onToggleEq(): void;
}) {
  return (
    <section
      className={styles.strip}
      aria-label={`${track.name} channel`}
      data-track-id={track.id}
      data-selected={eqOpen || undefined}
    >
      <header className={styles.stripHeader} style={{ borderTopColor: track.color }}>
        <span className={styles.stripName} title={track.name}>
          {track.name}
        </span>
        {/* Always present, so a strip with watchers keeps its fader level with the others. */}
        <span
          className={styles.watchers}
          title={
            watchers.length > 0
              ? `${watchers.map((w) => w.name).join(', ')} ${watchers.length === 1 ? 'is' : 'are'} on this track`
              : undefined
          }
        >
          {watchers.map((watcher) => (
            <span key={watcher.id} className={styles.watcher} style={{ background: watcher.color }} />
          ))}
          {watchers.length > 0 && (
            <span className="sr-only">{watchers.map((w) => w.name).join(', ')} on this track</span>
          )}
        </span>
      </header>
      <button
        type="button"
        className={styles.eqButton}
        aria-label={`${track.name} EQ`}
        aria-expanded={eqOpen}
        onClick={onToggleEq}
      >
        <EqThumbnail bands={track.eq} />
        <span>EQ</span>
      </button>
      <PanKnob
        label={`${track.name} pan`}
        pan={track.pan}
        disabled={readOnly}
        onChange={(pan) => setTrackPan(doc, track.id, pan, origin)}
      />
      <div className={styles.muteSolo}>
        <button
          type="button"
          className={styles.mute}
          aria-label={`Mute ${track.name}`}
          aria-pressed={track.mute}
          disabled={readOnly}
          onClick={() => setTrackMute(doc, track.id, !track.mute, origin)}
        >
          M
        </button>
        <button
          type="button"
          className={styles.solo}
          aria-label={`Solo ${track.name}`}
          aria-pressed={track.solo}
          disabled={readOnly}
          onClick={() => setTrackSolo(doc, track.id, !track.solo, origin)}
        >
          S
        </button>
      </div>
      <Fader
        label={`${track.name} fader`}
        valueDb={track.gainDb}
        disabled={readOnly}
        onChange={(gainDb) => setTrackGain(doc, track.id, gainDb, origin)}
        meter={
          <StripMeter
            channels={1}
            heightPx={TRAVEL_PX}
            label={`${track.name} channel meter`}
            read={(source) => [source.readTrackDb(track.id)]}
          />
        }
      />
      <span className={styles.stripFoot} style={{ background: track.color }} aria-hidden="true" />
    </section>
  );
}
