'use client';
import { useEffect, useRef, useState } from 'react';
import { type Coalescer, createCoalescer } from './createCoalescer';

/** At most ~20 document updates per second per control while dragging. */
export const DRAG_UPDATE_INTERVAL_MS = 50;

/**
 * A coalesced writer for one control: `push` during a drag, `flush` on release. The latest `commit`
 * is always used, so the caller may pass an inline function.
 */
export function useCoalescedCommit<T>(commit: (value: T) => void): Coalescer<T> {
  const latest = useRef(commit);
  latest.current = commit;
  const [coalescer] = useState(() =>
    createCoalescer<T>((value) => latest.current(value), DRAG_UPDATE_INTERVAL_MS),
  );
  // A control unmounted mid-drag still sends its last value.
  useEffect(() => () => coalescer.flush(), [coalescer]);
  return coalescer;
}
