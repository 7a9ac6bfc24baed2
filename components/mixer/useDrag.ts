'use client';
import { type PointerEvent as ReactPointerEvent, useRef } from 'react';

export interface DragHandlers<S> {
  /** Called on pointer down; returns the state the drag starts from (or null to ignore the press). */
  start(event: ReactPointerEvent<Element>): S | null;
  /** Called on each move with the pointer's travel since the press, in CSS pixels. */
  move(start: S, dxPx: number, dyPx: number, event: PointerEvent): void;
  end(): void;
}

/**
 * Pointer-capture drag: moves keep arriving when the pointer leaves the control, and one handler set
 * serves mouse, pen and touch.
 */
export function useDrag<S>(handlers: DragHandlers<S>) {
  const latest = useRef(handlers);
  latest.current = handlers;
  return {
    onPointerDown(event: ReactPointerEvent<Element>) {
      if (event.button !== 0) return;
      const started = latest.current.start(event);
      if (started === null) return;
      event.preventDefault();
      const element = event.currentTarget;
      const pointerId = event.pointerId;
      const x0 = event.clientX;
      const y0 = event.clientY;
      try {
        element.setPointerCapture(pointerId);
      } catch {
        // A synthetic or already-released pointer cannot be captured; the drag still works inside the element.
      }
      const onMove = (move: PointerEvent) => {
        if (move.pointerId === pointerId)
          latest.current.move(started, move.clientX - x0, move.clientY - y0, move);
      };
      const onUp = (up: PointerEvent) => {
        if (up.pointerId !== pointerId) return;
        element.removeEventListener('pointermove', onMove as EventListener);
        element.removeEventListener('pointerup', onUp as EventListener);
        element.removeEventListener('pointercancel', onUp as EventListener);
        latest.current.end();
      };
      element.addEventListener('pointermove', onMove as EventListener);
      element.addEventListener('pointerup', onUp as EventListener);
      element.addEventListener('pointercancel', onUp as EventListener);
    },
  };
}
