'use client';
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '@/components/player/isTypingTarget';

/**
 * Calls `onNote` when N is pressed anywhere on the page, except while typing in a field or with a
 * modifier held (Ctrl+N stays the browser's). The key press itself is swallowed so no "n" is typed
 * into the field the handler focuses.
 */
export function useNoteShortcut(onNote: () => void, enabled: boolean): void {
  const latest = useRef(onNote);
  latest.current = onNote;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.key !== 'n' && event.key !== 'N') return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
