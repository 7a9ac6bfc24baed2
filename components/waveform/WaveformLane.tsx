'use client';
import { useEffect, useRef } from 'react';
import { drawWaveform } from './drawWaveform';
import type { StemPeaks } from './useStemPeaks';
import styles from './waveform.module.css';

/** One track's waveform, drawn from its stem's stored peaks; says "analysing…" until they exist. */
export function WaveformLane({
  peaks,
  widthPx,
  heightPx,
  view,
  color,
  label,
  dimmed,
}: {
  peaks: StemPeaks | undefined;
  widthPx: number;
  heightPx: number;
  /** The part of the song the lane shows. */
  view: { startSec: number; spanSec: number };
  color: string;
  label: string;
  /** Muted, or silenced by someone else's solo. */
  dimmed: boolean;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ready = peaks?.state === 'ready' ? peaks.peaks : null;
  const { startSec, spanSec } = view;

  useEffect(() => {
    const canvas = canvasRef.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g || ready === null || widthPx <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(widthPx * dpr);
    canvas.height = Math.round(heightPx * dpr);
    drawWaveform(g, ready, canvas.width, canvas.height, { startSec, spanSec }, color);
  }, [ready, widthPx, heightPx, startSec, spanSec, color]);

  return (
    <div className={styles.lane} style={{ height: heightPx }} data-dimmed={dimmed || undefined}>
      {ready !== null ? (
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          style={{ width: widthPx, height: heightPx }}
          role="img"
          aria-label={`Waveform of ${label}`}
          data-testid="waveform"
        />
      ) : (
        <p className={styles.pending} data-testid="waveform-pending">
          {peaks?.state === 'failed'
            ? `No waveform: ${peaks.message}`
            : `analysing…${peaks?.state === 'analysing' && peaks.progress > 0 ? ` ${Math.round(peaks.progress * 100)}%` : ''}`}
        </p>
      )}
    </div>
  );
}
