import * as Y from 'yjs';
import { mixRoot } from './layout';

/**
 * An UndoManager over the whole mix that tracks only transactions made with `origin`, so undo reverts
 * your own edits and leaves everyone else's. Pass the same `origin` to every writer for local edits.
 * Edits closer than `captureTimeoutMs` (default 500 ms, e.g. one fader drag) undo as one step.
 */
export const createMixUndoManager = (
  doc: Y.Doc,
  origin: unknown,
  options: { captureTimeoutMs?: number } = {},
): Y.UndoManager =>
  new Y.UndoManager(mixRoot(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeoutMs ?? 500,
  });
