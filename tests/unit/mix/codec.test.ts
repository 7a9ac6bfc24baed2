import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBreakpoint,
  addMarker,
  applyMixState,
  type Breakpoint,
  decodeMixState,
  encodeMixState,
  type MixState,
  parseMixState,
  readMix,
  setTrackGain,
} from '../../../lib/mix';
import { newMixDoc, replica, syncAll } from './helpers';

const sampleMix = (): MixState => {
  const doc = newMixDoc();
  setTrackGain(doc, 'trk-vox', null);
  addBreakpoint(doc, 'trk-vox', 'eq.hs.freqHz', { atSec: 3, value: 9000, curve: 'exponential' });
  addBreakpoint(doc, 'trk-vox', 'pan', { atSec: 1, value: -0.5, curve: 'step' });
  addMarker(doc, { name: 'Verse', atSec: 12 });
  return readMix(doc);
};

/** JSON as a foreign writer may send it: the MixState shape with any field overwritten. */
type LooseMix = Omit<MixState, 'schemaVersion' | 'tracks'> & {
  schemaVersion: number;
  tracks: (Omit<MixState['tracks'][number], 'automation'> & { automation: Record<string, Breakpoint[]> })[];
};

const mutated = (edit: (json: LooseMix) => void): unknown => {
  const json = JSON.parse(encodeMixState(sampleMix())) as LooseMix;
  edit(json);
  return json;
};

describe('mix JSON codec', () => {
  it('round-trips a mix through JSON text, -inf gain included', () => {
    const mix = sampleMix();
    expect(decodeMixState(encodeMixState(mix))).toEqual({ ok: true, value: mix });
  });

  it('sorts tracks, bands and breakpoints the way readMix does', () => {
    const mix = sampleMix();
    const shuffled = {
      ...mix,
      tracks: [...mix.tracks].reverse().map((t) => ({ ...t, eq: [...t.eq].reverse() })),
    };
    expect(parseMixState(shuffled)).toEqual({ ok: true, value: mix });
  });

  it.each([
    ['text that is not JSON', null, /not JSON/],
    ['a pan of 1.5', (json: LooseMix) => (json.tracks[0]!.pan = 1.5), /tracks\.0\.pan/],
    ['a gain of +20 dB', (json: LooseMix) => (json.tracks[1]!.gainDb = 20), /tracks\.1\.gainDb/],
    ['an EQ frequency of 5 Hz', (json: LooseMix) => (json.master.eq[0]!.freqHz = 5), /master\.eq\.0\.freqHz/],
    ['an unknown schema version', (json: LooseMix) => (json.schemaVersion = 2), /schemaVersion/],
    [
      'an unknown automation lane',
      (json: LooseMix) => (json.tracks[0]!.automation.volume = []),
      /unknown lane volume/,
    ],
    [
      'a lane of a missing band',
      (json: LooseMix) => (json.tracks[0]!.automation['eq.zz.gainDb'] = []),
      /no EQ band zz/,
    ],
    [
      'an exponential curve on the pan lane',
      (json: LooseMix) => (json.tracks[0]!.automation.pan![0]!.curve = 'exponential'),
      /Exponential curve is not allowed/,
    ],
    [
      'a duplicate track id',
      (json: LooseMix) => (json.tracks[1]!.id = json.tracks[0]!.id),
      /duplicate track id/,
    ],
  ])('rejects %s with a message naming the field', (_, edit, message) => {
    const result = edit === null ? decodeMixState('{oops') : parseMixState(mutated(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

describe('applyMixState', () => {
  it('makes an empty document read back exactly the given state', () => {
    const mix = sampleMix();
    const doc = new Y.Doc();
    applyMixState(doc, mix);
    expect(readMix(doc)).toEqual(mix);
  });

  it('restores a saved state over later edits in one transaction with the given origin', () => {
    const doc = newMixDoc();
    const saved = readMix(doc);
    const edited = sampleMix();
    applyMixState(doc, edited);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
    applyMixState(doc, saved, 'restore');
    expect(readMix(doc)).toEqual(saved);
    expect(origins).toEqual(['restore']);
  });

  it('keeps a concurrent remote edit of a field the restored state does not change', () => {
    const a = newMixDoc(1);
    const b = replica(a, 2);
    const saved = readMix(a);
    setTrackGain(a, 'trk-drm', -8);
    syncAll(a, b);
    applyMixState(a, saved);
    setTrackGain(b, 'trk-vox', -2);
    syncAll(a, b);
    expect(readMix(a).tracks.map((track) => track.gainDb)).toEqual([-2, 0, 0]);
    expect(readMix(b)).toEqual(readMix(a));
  });
});
