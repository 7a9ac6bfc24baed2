'use client';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  type AutomationTarget,
  addBreakpoint,
  type Breakpoint,
  formatDb,
  formatHz,
  formatPan,
  formatSec,
  laneRange,
  moveBreakpoint,
  removeBreakpoint,
} from '@/lib/mix';
import { curvePath } from './curvePath';
import { lanePositionToValue, valueToLanePosition } from './laneScale';
import styles from './timeline.module.css';
import { pxToSec, secToPx, type TimeScale, viewOf } from './timeScale';

const POINT_RADIUS_PX = 4.5;
const PAD_PX = 6;

/** A lane value as people read it. */
export const formatLaneValue = (target: AutomationTarget, value: number): string => {
  const unit = laneRange(target).unit;
  if (unit === 'pan') return formatPan(value);
  if (unit === 'Hz') return formatHz(value);
  return `${formatDb(value)} dB`;
};

/**
 * One automation lane: the curve (drawn with `valueAt`, as playback evaluates it) and its breakpoints.
 * Writers click to add a point, drag a point (time and value), and delete it with Delete/Backspace or a
 * double-click; arrow keys nudge the selected point. Readers see the curve and cannot change it.
 */
export function AutomationLane({
  doc,
  origin,
  trackId,
  target,
  label,
  points,
  fallback,
  color,
  scale,
  heightPx,
  readOnly,
}: {
  doc: Y.Doc;
  origin: object;
  trackId: string;
  target: AutomationTarget;
  label: string;
  points: readonly Breakpoint[];
  fallback: number;
  color: string;
  scale: TimeScale;
  heightPx: number;
  readOnly: boolean;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const pending = useRef<{ atSec: number; value: number } | null>(null);
  const frame = useRef(0);
  const inner = heightPx - 2 * PAD_PX;
  const toY = (value: number) => PAD_PX + (1 - valueToLanePosition(target, value)) * inner;
  const fromY = (y: number) => lanePositionToValue(target, 1 - (y - PAD_PX) / inner);
  const at = (event: { clientX: number; clientY: number }) => {
    const rect = svgRef.current!.getBoundingClientRect();
    return {
      atSec: Math.round(pxToSec(event.clientX - rect.left, scale) * 1000) / 1000,
      value: fromY(event.clientY - rect.top),
    };
  };

  const onLanePointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (readOnly || event.button !== 0 || event.target !== event.currentTarget) return;
    const { atSec, value } = at(event);
    const left = [...points].reverse().find((p) => p.atSec <= atSec);
    const result = addBreakpoint(
      doc,
      trackId,
      target,
      { atSec, value, curve: left?.curve ?? 'linear' },
      origin,
    );
    if (result.ok) setSelected(result.value);
  };

  const onPointPointerDown = (event: PointerEvent<SVGCircleElement>, point: Breakpoint) => {
    event.stopPropagation();
    setSelected(point.id);
    if (readOnly || event.button !== 0) return;
    const element = event.currentTarget;
    element.setPointerCapture(event.pointerId);
    const onMove = (move: globalThis.PointerEvent) => {
      pending.current = at(move);
      // One document write per frame: pointer events can arrive far faster than anyone can hear.
      if (frame.current === 0) {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          if (pending.current) moveBreakpoint(doc, trackId, target, point.id, pending.current, origin);
        });
      }
    };
    const onUp = () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
  };

  const remove = (pointId: string) => {
    removeBreakpoint(doc, trackId, target, pointId, origin);
    setSelected(null);
  };

  const onPointKeyDown = (event: KeyboardEvent<SVGCircleElement>, point: Breakpoint) => {
    if (readOnly) return;
    const nudgeSec = event.shiftKey ? 1 : 0.1;
    const position = valueToLanePosition(target, point.value);
    const step = event.shiftKey ? 0.1 : 0.02;
    let patch: Partial<Breakpoint> | null = null;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(point.id);
      return;
    }
    if (event.key === 'ArrowLeft') patch = { atSec: Math.max(0, point.atSec - nudgeSec) };
    if (event.key === 'ArrowRight') patch = { atSec: Math.min(scale.durationSec, point.atSec + nudgeSec) };
    if (event.key === 'ArrowUp') patch = { value: lanePositionToValue(target, position + step) };
    if (event.key === 'ArrowDown') patch = { value: lanePositionToValue(target, position - step) };
    if (patch === null) return;
    event.preventDefault();
    moveBreakpoint(doc, trackId, target, point.id, patch, origin);
  };

  const width = scale.widthPx;
  const empty = points.length === 0;
  return (
    <div className={styles.autoLane} style={{ height: heightPx }} data-readonly={readOnly || undefined}>
      <svg
        ref={svgRef}
        width={width}
        height={heightPx}
        className={styles.autoSvg}
        onPointerDown={onLanePointerDown}
        aria-label={`${label} automation${readOnly ? ' (read-only)' : ''}`}
      >
        <line x1={0} x2={width} y1={toY(fallback)} y2={toY(fallback)} className={styles.autoRest} />
        {!empty && (
          <path
            d={curvePath(points, fallback, width, viewOf(scale).spanSec, toY, viewOf(scale).startSec)}
            stroke={color}
            className={styles.autoCurve}
          />
        )}
        {points.map((p) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; it acts as one.
          <circle
            key={p.id}
            cx={secToPx(p.atSec, scale)}
            cy={toY(p.value)}
            r={POINT_RADIUS_PX}
            className={styles.autoPoint}
            data-selected={selected === p.id || undefined}
            fill={selected === p.id ? '#fff' : color}
            tabIndex={0}
            role="button"
            aria-label={`${label} point at ${formatSec(p.atSec)}, ${formatLaneValue(target, p.value)}${readOnly ? '' : '. Arrows move it, Delete removes it'}`}
            onPointerDown={(e) => onPointPointerDown(e, p)}
            onDoubleClick={() => !readOnly && remove(p.id)}
            onKeyDown={(e) => onPointKeyDown(e, p)}
            onFocus={() => setSelected(p.id)}
          >
            <title>{`${formatSec(p.atSec)} · ${formatLaneValue(target, p.value)}`}</title>
          </circle>
        ))}
      </svg>
      {empty && (
        <span className={styles.autoHint}>
          {readOnly
            ? `No automation: ${formatLaneValue(target, fallback)} throughout`
            : `Click to add a point (now ${formatLaneValue(target, fallback)} throughout)`}
        </span>
      )}
    </div>
  );
}
