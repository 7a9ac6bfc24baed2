'use client';
import { useMemo } from 'react';
import type { EqBand } from '@/lib/mix';
import { eqResponseDb, logFrequenciesHz } from './eqResponseDb';
import styles from './mixer.module.css';

const FREQUENCIES_HZ = logFrequenciesHz(48);
const WIDTH = 60;
const HEIGHT = 22;

/** A tiny response curve on the EQ button, so a glance at the console shows which tracks are EQ'd. */
export function EqThumbnail({ bands }: { bands: readonly EqBand[] }) {
  const path = useMemo(() => {
    const response = eqResponseDb(bands, FREQUENCIES_HZ);
    return response
      .map((db, i) => {
        const x = (i / (FREQUENCIES_HZ.length - 1)) * WIDTH;
        const y = HEIGHT / 2 - (Math.max(-24, Math.min(24, db)) / 24) * (HEIGHT / 2 - 1);
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join(' ');
  }, [bands]);
  return (
    <svg className={styles.eqThumb} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <line x1="0" x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className={styles.eqThumbZero} />
      <path d={path} className={styles.eqThumbCurve} />
    </svg>
  );
}
