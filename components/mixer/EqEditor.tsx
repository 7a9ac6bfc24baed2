'use client';
import type * as Y from 'yjs';
import { addEqBand, type EqBand, type EqTarget, RANGES, removeEqBand, setEqBand } from '@/lib/mix';
import { EqBandRow } from './EqBandRow';
import { EqGraph } from './EqGraph';
import styles from './mixer.module.css';

/** The EQ of one track or of the master: response curve with handles, and a row of fields per band. */
export function EqEditor({
  doc,
  origin,
  target,
  title,
  bands,
  readOnly,
  onClose,
}: {
  doc: Y.Doc;
  origin: object;
  target: EqTarget;
  title: string;
  bands: readonly EqBand[];
  readOnly: boolean;
  onClose(): void;
}) {
  const change = (bandId: string, patch: Parameters<typeof setEqBand>[3]) =>
    setEqBand(doc, target, bandId, patch, origin);
  return (
    <section className={styles.eqEditor} aria-label={`${title} EQ editor`}>
      <header className={styles.eqHeader}>
        <h3>{title} EQ</h3>
        <p className={styles.eqHint}>Drag a handle for frequency and gain · wheel for Q · arrows to nudge</p>
        <button type="button" className="secondary" aria-label={`Close ${title} EQ`} onClick={onClose}>
          Close
        </button>
      </header>
      <EqGraph label={`${title} EQ`} bands={bands} readOnly={readOnly} onChangeBand={change} />
      <table className={styles.bandTable} aria-label={`${title} EQ bands`}>
        <thead>
          <tr>
            <th>
              <span className="sr-only">Band</span>
            </th>
            <th>On</th>
            <th>Type</th>
            <th>Freq (Hz)</th>
            <th>Gain (dB)</th>
            <th>Q</th>
            <th>
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            <EqBandRow
              key={band.id}
              band={band}
              index={index}
              readOnly={readOnly}
              canRemove={bands.length > 1}
              onChange={(patch) => change(band.id, patch)}
              onRemove={() => removeEqBand(doc, target, band.id, origin)}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="secondary"
        disabled={readOnly || bands.length >= RANGES.eqBands.max}
        onClick={() =>
          addEqBand(doc, target, { type: 'peaking', freqHz: 2500, gainDb: 0, q: 1, on: true }, origin)
        }
      >
        Add band
      </button>
    </section>
  );
}
