'use client';
import type * as Y from 'yjs';
import { type MasterState, setMasterGain } from '@/lib/mix';
import { EqThumbnail } from './EqThumbnail';
import { Fader, TRAVEL_PX } from './Fader';
import styles from './mixer.module.css';
import { StripMeter } from './StripMeter';

/** The master bus: EQ button and fader. */
export function MasterStrip({
  doc,
  origin,
  master,
  readOnly,
  eqOpen,
  onToggleEq,
}: {
  doc: Y.Doc;
  origin: object;
  master: MasterState;
  readOnly: boolean;
  eqOpen: boolean;
  onToggleEq(): void;
}) {
  return (
    <section
      className={`${styles.strip} ${styles.master}`}
      aria-label="Master channel"
      data-selected={eqOpen || undefined}
    >
      <header className={styles.stripHeader}>
        <span className={styles.stripName}>Master</span>
      </header>
      <button
        type="button"
        className={styles.eqButton}
        aria-label="Master EQ"
        aria-expanded={eqOpen}
        onClick={onToggleEq}
      >
        <EqThumbnail bands={master.eq} />
        <span>EQ</span>
      </button>
      <div className={styles.masterSpacer} />
      <Fader
        label="Master fader"
        valueDb={master.gainDb}
        disabled={readOnly}
        onChange={(gainDb) => setMasterGain(doc, gainDb, origin)}
        meter={
          <StripMeter
            channels={2}
            heightPx={TRAVEL_PX}
            label="Master channel meter, left and right"
            read={(source) => source.readMasterDb()}
          />
        }
      />
      <span className={styles.stripFoot} aria-hidden="true" />
    </section>
  );
}
