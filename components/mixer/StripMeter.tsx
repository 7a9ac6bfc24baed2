'use client';
import { useContext, useEffect, useRef } from 'react';
import { advanceMeter, type MeterState, silentMeter } from '@/components/player/meterBallistics';
import { dbToFaderPosition } from './faderLaw';
import { MeterBridgeContext, type MeterSource } from './meterBridge';
import styles from './mixer.module.css';

const WIDTH_PX = 4;
const GAP_PX = 1;

/**
 * A vertical level meter beside a fader, on the fader's own scale (the fader's "0" mark is 0 dBFS,
 * "-6" is -6 dBFS), with a peak-hold line; red once a peak reaches 0 dBFS. Silent until the player
 * exists. `data-level-db` carries the held peak for tests and tools.
 */
export function StripMeter({
  channels,
  read,
  heightPx,
  label,
}: {
  channels: 1 | 2;
  read(source: MeterSource): readonly number[];
  heightPx: number;
  label: string;
}) {
  const bridge = useContext(MeterBridgeContext);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const widthPx = channels * WIDTH_PX + (channels - 1) * GAP_PX;

  useEffect(() => {
    const canvas = canvasRef.current;
    const g = canvas?.getContext('2d');
    if (!bridge || !canvas || !g) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(widthPx * dpr);
    canvas.height = Math.round(heightPx * dpr);
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    const gradient = g.createLinearGradient(0, heightPx, 0, 0);
    gradient.addColorStop(0, '#2fbf71');
    gradient.addColorStop(dbToFaderPosition(-18), '#4ade80');
    gradient.addColorStop(dbToFaderPosition(-9), '#f5d524');
    gradient.addColorStop(dbToFaderPosition(-3), '#f5a524');
    gradient.addColorStop(dbToFaderPosition(0), '#ff4d4d');
    gradient.addColorStop(1, '#ff4d4d');
    const fraction = (db: number) => (Number.isFinite(db) ? dbToFaderPosition(Math.min(db, 12)) : 0);
    const draw = (states: readonly MeterState[]) => {
      g.clearRect(0, 0, widthPx, heightPx);
      g.fillStyle = '#08090b';
      g.fillRect(0, 0, widthPx, heightPx);
      states.forEach((s, i) => {
        const x = i * (WIDTH_PX + GAP_PX);
        const bar = fraction(s.barDb) * heightPx;
        g.fillStyle = gradient;
        g.fillRect(x, heightPx - bar, WIDTH_PX, bar);
        const hold = fraction(s.holdDb) * heightPx;
        if (hold > 0) {
          g.fillStyle = s.holdDb >= 0 ? '#ff4d4d' : '#e7e9ee';
          g.fillRect(x, Math.max(0, heightPx - hold - 1), WIDTH_PX, 1.5);
        }
      });
    };
    draw(Array.from({ length: channels }, silentMeter));
    let stopClock: (() => void) | null = null;
    const stopWatching = bridge.watch((source) => {
      stopClock?.();
      stopClock = null;
      if (source === null) {
        draw(Array.from({ length: channels }, silentMeter));
        canvas.dataset.levelDb = '-200';
        return;
      }
      let states: MeterState[] = Array.from({ length: channels }, silentMeter);
      let lastMs = performance.now();
      let lastHeld = Number.NaN;
      stopClock = source.clock.subscribe(() => {
        const now = performance.now();
        const levels = readRef.current(source);
        states = states.map((s, i) =>
          advanceMeter(s, levels[i] ?? Number.NEGATIVE_INFINITY, now, now - lastMs),
        );
        lastMs = now;
        draw(states);
        const held = Math.max(...states.map((s) => s.holdDb));
        const rounded = Number.isFinite(held) ? Math.round(held * 10) / 10 : -200;
        if (rounded !== lastHeld) {
          lastHeld = rounded;
          canvas.dataset.levelDb = String(rounded);
        }
      });
    });
    return () => {
      stopWatching();
      stopClock?.();
    };
  }, [bridge, channels, heightPx, widthPx]);

  return (
    <canvas
      ref={canvasRef}
      className={styles.stripMeter}
      style={{ width: widthPx, height: heightPx }}
      role="img"
      aria-label={label}
      data-testid="strip-meter"
      data-level-db="-200"
    />
  );
}
