'use client';
import { useEffect, useRef } from 'react';
import type { FrameClock } from './createFrameClock';
import { advanceMeter, METER_FLOOR_DB, type MeterState, meterFraction, silentMeter } from './meterBallistics';
import styles from './player.module.css';

/** Scale marks of the master meter, dBFS. */
const SCALE_DB = [-60, -48, -36, -24, -12, -6, 0];

const formatPeak = (db: number): string => (db > METER_FLOOR_DB ? db.toFixed(1) : '-inf');

/**
 * A horizontal level meter (one bar per channel) drawn on a canvas from the frame clock. `read`
 * returns the current level of each channel in dBFS. With `scale`, dB marks are printed under it and
 * the held peak is shown as a number; `data-level-db` carries the held peak for tests and tools.
 */
export function LevelMeter({
  clock,
  read,
  channels,
  label,
  scale = false,
  widthPx,
  heightPx,
}: {
  clock: FrameClock;
  read: () => readonly number[];
  channels: number;
  label: string;
  scale?: boolean;
  widthPx: number;
  heightPx: number;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const holdRef = useRef<HTMLOutputElement>(null);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    const canvas = canvasRef.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(widthPx * dpr);
    canvas.height = Math.round(heightPx * dpr);
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    const gradient = g.createLinearGradient(0, 0, widthPx, 0);
    gradient.addColorStop(0, '#2fbf71');
    gradient.addColorStop(meterFraction(-18), '#4ade80');
    gradient.addColorStop(meterFraction(-9), '#f5d524');
    gradient.addColorStop(meterFraction(-3), '#f5a524');
    gradient.addColorStop(1, '#ff4d4d');
    let states: MeterState[] = Array.from({ length: channels }, silentMeter);
    let lastMs = performance.now();
    let lastText = '';
    return clock.subscribe(() => {
      const now = performance.now();
      const levels = readRef.current();
      states = states.map((s, i) =>
        advanceMeter(s, levels[i] ?? Number.NEGATIVE_INFINITY, now, now - lastMs),
      );
      lastMs = now;
      const gap = 2;
      const barH = (heightPx - gap * (channels - 1)) / channels;
      g.clearRect(0, 0, widthPx, heightPx);
      g.fillStyle = '#0b0d10';
      g.fillRect(0, 0, widthPx, heightPx);
      states.forEach((s, i) => {
        const y = i * (barH + gap);
        g.fillStyle = gradient;
        g.fillRect(0, y, meterFraction(s.barDb) * widthPx, barH);
        const hold = meterFraction(s.holdDb);
        if (hold > 0) {
          g.fillStyle = s.holdDb >= 0 ? '#ff4d4d' : '#e7e9ee';
          g.fillRect(Math.min(widthPx - 2, hold * widthPx - 1), y, 2, barH);
        }
      });
      const held = Math.max(...states.map((s) => s.holdDb));
      const text = formatPeak(held);
      if (text !== lastText) {
        lastText = text;
        canvas.dataset.levelDb = String(Number.isFinite(held) ? held : -200);
        if (holdRef.current) holdRef.current.textContent = text;
      }
    });
  }, [clock, channels, widthPx, heightPx]);

  return (
    <div className={styles.meter} role="img" aria-label={label}>
      <canvas
        ref={canvasRef}
        style={{ width: widthPx, height: heightPx }}
        data-testid={scale ? 'master-meter' : undefined}
      />
      {scale && (
        <>
          <div className={styles.meterScale} style={{ width: widthPx }} aria-hidden="true">
            {SCALE_DB.map((db) => (
              <span key={db} style={{ left: `${meterFraction(db) * 100}%` }}>
                {db}
              </span>
            ))}
          </div>
          <output className={styles.meterHold} ref={holdRef} aria-label={`${label}, held peak in dBFS`}>
            -inf
          </output>
        </>
      )}
    </div>
  );
}
