'use client';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { type EqBand, type EqBandPatch, formatDb, formatHz, formatQ, RANGES } from '@/lib/mix';
import {
  bandUsesGain,
  bandUsesQ,
  dbToUnit,
  freqToUnit,
  GRID_DB,
  GRID_FREQUENCIES_HZ,
  stepQ,
  unitToDb,
  unitToFreq,
} from './eqAxes';
import { eqResponseDb, logFrequenciesHz } from './eqResponseDb';
import styles from './mixer.module.css';
import { useCoalescedCommit } from './useCoalescedCommit';
import { useDrag } from './useDrag';

const WIDTH = 640;
const HEIGHT = 220;
const FREQUENCIES_HZ = logFrequenciesHz(200);

/** Colours of band handles, by position in the chain. */
export const BAND_COLORS = [
  '#4cc9f0',
  '#f5a524',
  '#4ade80',
  '#f472b6',
  '#a78bfa',
  '#fb7185',
  '#facc15',
  '#2dd4bf',
];

export const bandColor = (index: number): string => BAND_COLORS[index % BAND_COLORS.length]!;

/**
 * The EQ's frequency response (log 20 Hz–20 kHz, ±24 dB) with a handle per band:
 * drag = frequency and gain, wheel = Q, arrows = frequency (←/→) and gain (↑/↓).
 */
export function EqGraph({
  label,
  bands,
  readOnly,
  onChangeBand,
}: {
  label: string;
  bands: readonly EqBand[];
  readOnly: boolean;
  onChangeBand(bandId: string, patch: EqBandPatch): void;
}) {
  const path = useMemo(() => {
    const response = eqResponseDb(bands, FREQUENCIES_HZ);
    return response
      .map((db, i) => {
        const x = freqToUnit(FREQUENCIES_HZ[i]!) * WIDTH;
        const y = dbToUnit(Math.max(-30, Math.min(30, db))) * HEIGHT;
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join(' ');
  }, [bands]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: the graph groups its band handles; a fieldset cannot live in SVG terms.
    <svg
      className={styles.eqGraph}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={`${label} frequency response`}
    >
      <rect width={WIDTH} height={HEIGHT} className={styles.eqGraphBg} />
      {GRID_FREQUENCIES_HZ.map((freqHz) => {
        const x = freqToUnit(freqHz) * WIDTH;
        return (
          <g key={freqHz}>
            <line x1={x} x2={x} y1={0} y2={HEIGHT} className={styles.eqGrid} />
            <text x={x + 3} y={HEIGHT - 5} className={styles.eqGridLabel}>
              {formatHz(freqHz).replace(' ', '')}
            </text>
          </g>
        );
      })}
      {GRID_DB.map((db) => {
        const y = dbToUnit(db) * HEIGHT;
        return (
          <g key={db}>
            <line x1={0} x2={WIDTH} y1={y} y2={y} className={db === 0 ? styles.eqGridZero : styles.eqGrid} />
            <text x={4} y={y - 3} className={styles.eqGridLabel}>
              {db > 0 ? `+${db}` : db}
            </text>
          </g>
        );
      })}
      <path d={`${path} L${WIDTH} ${HEIGHT / 2} L0 ${HEIGHT / 2} Z`} className={styles.eqFill} />
      <path d={path} className={styles.eqCurve} />
      {bands.map((band, index) => (
        <BandHandle
          key={band.id}
          band={band}
          index={index}
          readOnly={readOnly}
          onChange={(patch) => onChangeBand(band.id, patch)}
        />
      ))}
    </svg>
  );
}

function BandHandle({
  band,
  index,
  readOnly,
  onChange,
}: {
  band: EqBand;
  index: number;
  readOnly: boolean;
  onChange(patch: EqBandPatch): void;
}) {
  const writer = useCoalescedCommit(onChange);
  const usesGain = bandUsesGain(band.type);
  const drag = useDrag<{ x: number; y: number; scale: number }>({
    start: (event) => {
      if (readOnly) return null;
      const svg = (event.currentTarget as SVGElement).ownerSVGElement;
      const rect = svg?.getBoundingClientRect();
      // Pixels on screen per viewBox unit: the graph scales with the page width.
      const scale = rect && rect.width > 0 ? WIDTH / rect.width : 1;
      return { x: freqToUnit(band.freqHz), y: dbToUnit(usesGain ? band.gainDb : 0), scale };
    },
    move: (start, dx, dy) => {
      const patch: EqBandPatch = { freqHz: unitToFreq(start.x + (dx * start.scale) / WIDTH) };
      if (usesGain) patch.gainDb = unitToDb(start.y + (dy * start.scale) / HEIGHT);
      writer.push(patch);
    },
    end: () => writer.flush(),
  });
  // React registers wheel listeners as passive, so the page would scroll too; ours may preventDefault.
  const handleRef = useRef<SVGGElement>(null);
  const onWheel = useRef<(event: WheelEvent) => void>(() => {});
  onWheel.current = (event) => {
    if (readOnly || !bandUsesQ(band.type)) return;
    event.preventDefault();
    onChange({ q: stepQ(band.q, event.deltaY < 0 ? 1 : -1) });
  };
  useEffect(() => {
    const element = handleRef.current;
    const listener = (event: WheelEvent) => onWheel.current(event);
    element?.addEventListener('wheel', listener, { passive: false });
    return () => element?.removeEventListener('wheel', listener);
  }, []);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (readOnly) return;
    const semitones = event.shiftKey ? 1 : 3;
    const gainStep = event.shiftKey ? 0.1 : 0.5;
    let patch: EqBandPatch | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const freqHz = band.freqHz * 2 ** (((event.key === 'ArrowRight' ? 1 : -1) * semitones) / 12);
      patch = { freqHz: unitToFreq(freqToUnit(freqHz)) };
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && usesGain) {
      const gainDb = band.gainDb + (event.key === 'ArrowUp' ? gainStep : -gainStep);
      patch = {
        gainDb:
          Math.round(Math.min(RANGES.eqGainDb.max, Math.max(RANGES.eqGainDb.min, gainDb)) * 10) / 10 + 0,
      };
    }
    if (!patch) return;
    event.preventDefault();
    onChange(patch);
  };
  const cx = freqToUnit(band.freqHz) * WIDTH;
  const cy = dbToUnit(usesGain ? band.gainDb : 0) * HEIGHT;
  const text = `${formatHz(band.freqHz)}${usesGain ? `, ${formatDb(band.gainDb)} dB` : ''}${bandUsesQ(band.type) ? `, Q ${formatQ(band.q)}` : ''}${band.on ? '' : ', off'}`;
  return (
    <g
      role="slider"
      tabIndex={0}
      aria-label={`Band ${index + 1} (${band.type})`}
      aria-valuemin={RANGES.eqFreqHz.min}
      aria-valuemax={RANGES.eqFreqHz.max}
      aria-valuenow={band.freqHz}
      aria-valuetext={text}
      aria-disabled={readOnly || undefined}
      className={styles.bandHandle}
      data-off={!band.on || undefined}
      data-disabled={readOnly || undefined}
      transform={`translate(${cx.toFixed(1)} ${cy.toFixed(1)})`}
      ref={handleRef}
      onKeyDown={onKeyDown}
      {...drag}
    >
      <title>{`Band ${index + 1}: ${band.type}, ${text}`}</title>
      <circle r="11" className={styles.bandHit} />
      <circle r="7" fill={bandColor(index)} className={styles.bandDot} />
      <text y="3.5" className={styles.bandNumber}>
        {index + 1}
      </text>
    </g>
  );
}
