'use client';
import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget';
import type { Transport } from './useTransport';

/**
 * DAW keys on the whole page: Space plays/pauses, Home or Enter returns to the start, L toggles the
 * loop. Ignored while typing in a text field or with a modifier held (Ctrl+Z stays undo).
 */
export function useTransportKeys(transport: Transport): void {
  const latest = useRef(transport);
  latest.current = transport;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const t = latest.current;
      if (event.code === 'Space') {
        // Also keeps a focused button from being "clicked" by the same space bar.
        event.preventDefault();
        if (!event.repeat) t.togglePlay();
      } else if (event.key === 'Home' || (event.key === 'Enter' && !isActivatable(event.target))) {
        event.preventDefault();
        t.stop();
      } else if (event.key === 'l' || event.key === 'L') {
        event.preventDefault();
        if (t.loopRange === null) t.setLoopRange({ startSec: 0, endSec: t.durationSec });
        else t.toggleLoop();
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code === 'Space' && !isTypingTarget(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}

/** Enter on a button or link keeps its usual meaning (activate it) instead of "return to start". */
const isActivatable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.closest('button, a[href], [role="button"]') !== null;
