'use client';
import { useState } from 'react';
import type * as Y from 'yjs';
import type { MixState } from '@/lib/mix';
import { ChannelStrip } from './ChannelStrip';
import { EqEditor } from './EqEditor';
import { MasterStrip } from './MasterStrip';
import styles from './mixer.module.css';

/** Someone else in the room, shown on the strip they have selected. */
export interface TrackWatcher {
  id: string;
  name: string;
  color: string;
}

/** Which EQ is open: a track's (by id), the master's, or none. */
export type OpenEq = { trackId: string } | 'master' | null;

/**
 * The console: a strip per track, the master strip, and the EQ editor of the selected strip.
 * Every write goes through `lib/mix` with this tab's `origin`, so undo reverts only our edits.
 */
export function Mixer({
  doc,
  origin,
  mix,
  readOnly,
  watchers,
  onSelectTrack,
}: {
  doc: Y.Doc;
  origin: object;
  mix: MixState;
  readOnly: boolean;
  /** Other people per track id they have selected (from presence). */
  watchers?: ReadonlyMap<string, readonly TrackWatcher[]>;
  /** Tells the room which track we look at (presence); null when none. */
  onSelectTrack?(trackId: string | null): void;
}) {
  const [openEq, setOpenEq] = useState<OpenEq>(null);
  const openTrack =
    openEq !== null && openEq !== 'master' ? mix.tracks.find((t) => t.id === openEq.trackId) : undefined;
  const toggle = (next: OpenEq) => {
    const same =
      next === openEq ||
      (next !== null &&
        next !== 'master' &&
        openEq !== null &&
        openEq !== 'master' &&
        next.trackId === openEq.trackId);
    const value = same ? null : next;
    setOpenEq(value);
    onSelectTrack?.(value !== null && value !== 'master' ? value.trackId : null);
  };

  if (mix.tracks.length === 0) {
    return (
      <p className="empty" data-testid="mixer-empty">
        No tracks in the mix yet. Upload stems to get a mix: each stem becomes a channel here.
      </p>
    );
  }
  return (
    <div className={styles.mixer}>
      <section className={styles.console} aria-label="Mixer">
        <div className={styles.strips}>
          {mix.tracks.map((track) => (
            <ChannelStrip
              key={track.id}
              doc={doc}
              origin={origin}
              track={track}
              readOnly={readOnly}
              watchers={watchers?.get(track.id) ?? []}
              eqOpen={openTrack?.id === track.id}
              onToggleEq={() => toggle({ trackId: track.id })}
            />
          ))}
        </div>
        <MasterStrip
          doc={doc}
          origin={origin}
          master={mix.master}
          readOnly={readOnly}
          eqOpen={openEq === 'master'}
          onToggleEq={() => toggle('master')}
        />
      </section>
      {openEq === 'master' && (
        <EqEditor
          doc={doc}
          origin={origin}
          target="master"
          title="Master"
          bands={mix.master.eq}
          readOnly={readOnly}
          onClose={() => toggle(null)}
        />
      )}
      {openTrack && (
        <EqEditor
          doc={doc}
          origin={origin}
          target={{ trackId: openTrack.id }}
          title={openTrack.name}
          bands={openTrack.eq}
          readOnly={readOnly}
          onClose={() => toggle(null)}
        />
      )}
    </div>
  );
}
