'use client';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';

export interface UndoRedo {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** Undo/redo state of this tab's edits, plus Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere on the page. */
export function useUndoRedo(undoManager: Y.UndoManager, enabled: boolean): UndoRedo {
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const refresh = () => setStacks({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', refresh);
    undoManager.on('stack-item-popped', refresh);
    undoManager.on('stack-cleared', refresh);
    refresh();
    return () => {
      undoManager.off('stack-item-added', refresh);
      undoManager.off('stack-item-popped', refresh);
      undoManager.off('stack-cleared', refresh);
    };
  }, [undoManager]);

  const undo = useCallback(() => {
    if (enabled) undoManager.undo();
  }, [undoManager, enabled]);
  const redo = useCallback(() => {
    if (enabled) undoManager.redo();
  }, [undoManager, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Text fields keep their own undo.
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undoManager.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) undoManager.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undoManager, enabled]);

  return { ...stacks, undo, redo };
}
