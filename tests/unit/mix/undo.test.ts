import { describe, expect, it } from 'vitest';
import {
  addBreakpoint,
  applyMixState,
  createMixUndoManager,
  readMix,
  readTrack,
  setTrackGain,
  setTrackPan,
} from '../../../lib/mix';
import { newMixDoc, replica, syncAll } from './helpers';

const VOX = 'trk-vox';

describe('createMixUndoManager', () => {
  it('undoes only the local origin while a remote client’s concurrent change stays', () => {
    const local = newMixDoc(1);
    const remote = replica(local, 2);
    const me = { user: 'me' };
    const undo = createMixUndoManager(local, me);
    setTrackGain(local, VOX, -6, me);
    setTrackPan(remote, VOX, 0.5, { user: 'them' });
    syncAll(local, remote);
    expect(readTrack(local, VOX)).toMatchObject({ gainDb: -6, pan: 0.5 });
    undo.undo();
    syncAll(local, remote);
    for (const doc of [local, remote]) expect(readTrack(doc, VOX)).toMatchObject({ gainDb: 0, pan: 0.5 });
    undo.redo();
    syncAll(local, remote);
    expect(readTrack(remote, VOX)).toMatchObject({ gainDb: -6, pan: 0.5 });
  });

  it('ignores local changes written without the tracked origin', () => {
    const doc = newMixDoc();
    const undo = createMixUndoManager(doc, 'me');
    setTrackGain(doc, VOX, -3);
    expect(undo.canUndo()).toBe(false);
  });

  it('merges edits made within the capture timeout into one step', () => {
    const doc = newMixDoc();
    const undo = createMixUndoManager(doc, 'me');
    setTrackGain(doc, VOX, -1, 'me');
    setTrackGain(doc, VOX, -2, 'me');
    addBreakpoint(doc, VOX, 'gain', { atSec: 1, value: -2, curve: 'linear' }, 'me');
    undo.undo();
    expect(readTrack(doc, VOX)).toMatchObject({ gainDb: 0, automation: {} });
  });

  it('undoes a restored version as one step', () => {
    const doc = newMixDoc();
    const saved = readMix(doc);
    setTrackGain(doc, VOX, -10);
    setTrackPan(doc, 'trk-drm', -1);
    const edited = readMix(doc);
    const undo = createMixUndoManager(doc, 'me', { captureTimeoutMs: 0 });
    applyMixState(doc, saved, 'me');
    expect(readMix(doc)).toEqual(saved);
    undo.undo();
    expect(readMix(doc)).toEqual(edited);
  });
});
