'use client';
import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget';
import type { Transport } from './useTransport';

/**
 * DAW keys on the whole page: Space plays/pauses, Home or Enter returns to the start, L toggles the
 * loop. Ignored while typing in a text field or with a modifier held (Ctrl+Z stays undo); a focused
 * button keeps Space and Enter for itself.
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
        // A focused button keeps its own Space (mute, solo, the play button itself): the mixer's
        // keyboard contract. Everywhere else Space is the transport.
        if (isActivatable(event.target)) return;
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
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

/** Native controls that Space or Enter activate: they keep that meaning instead of the transport's. */
const isActivatable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.closest('button, a[href], summary') !== null ||
    (target instanceof HTMLInputElement && ['checkbox', 'radio', 'button', 'submit'].includes(target.type)));
