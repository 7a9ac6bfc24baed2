'use client';
import type { PointerEvent } from 'react';
import type { LoopRange } from '@/lib/player';
import { pxToSec, type TimeScale } from './timeScale';

/** Travel below this is a click (seek), above it a drag (loop selection). */
const DRAG_THRESHOLD_PX = 4;
/** A shorter selection is treated as a click: nobody loops 50 ms on purpose. */
const MIN_LOOP_SEC = 0.05;

/**
 * Pointer handling shared by the ruler and the waveform lanes: a click seeks there, a horizontal drag
 * selects a loop range (previewed while dragging, committed on release).
 */
export function useSeekOrLoopDrag(
  scale: TimeScale,
  handlers: {
    seek(atSec: number): void;
    preview(range: LoopRange | null): void;
    loop(range: LoopRange): void;
  },
) {
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      const element = event.currentTarget;
      const left = element.getBoundingClientRect().left;
      const x0 = event.clientX;
      const startSec = pxToSec(x0 - left, scale);
      let dragging = false;
      element.setPointerCapture(event.pointerId);
      const rangeTo = (clientX: number): LoopRange => {
        const sec = pxToSec(clientX - left, scale);
        return { startSec: Math.min(startSec, sec), endSec: Math.max(startSec, sec) };
      };
      const onMove = (move: globalThis.PointerEvent) => {
        if (!dragging && Math.abs(move.clientX - x0) < DRAG_THRESHOLD_PX) return;
        dragging = true;
        handlers.preview(rangeTo(move.clientX));
      };
      const onUp = (up: globalThis.PointerEvent) => {
        element.removeEventListener('pointermove', onMove);
        element.removeEventListener('pointerup', onUp);
        element.removeEventListener('pointercancel', onUp);
        handlers.preview(null);
        if (up.type === 'pointercancel') return;
        const range = rangeTo(up.clientX);
        if (dragging && range.endSec - range.startSec >= MIN_LOOP_SEC) handlers.loop(range);
        else handlers.seek(startSec);
      };
      element.addEventListener('pointermove', onMove);
      element.addEventListener('pointerup', onUp);
      element.addEventListener('pointercancel', onUp);
    },
  };
}
