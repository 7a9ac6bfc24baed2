import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_EQ, initMixDocument, readMix } from '../../../lib/mix';
import { newMixDoc, STEMS, syncAll } from './helpers';

describe('initMixDocument', () => {
  it('creates one flat, centred track per stem in stem order', () => {
    const mix = readMix(newMixDoc());
    expect(mix.schemaVersion).toBe(1);
    expect(mix.tracks.map((track) => [track.name, track.stemId, track.order])).toEqual([
      ['Vocals', 'vox', 0],
      ['Drums', 'drm', 1],
      ['Bass', 'bas', 2],
    ]);
    for (const track of mix.tracks) {
      expect(track).toMatchObject({ gainDb: 0, pan: 0, mute: false, solo: false, automation: {} });
      expect(track.eq).toEqual(DEFAULT_EQ);
      expect(track.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(mix.master).toEqual({ gainDb: 0, eq: DEFAULT_EQ });
    expect(mix.markers).toEqual([]);
  });

  it('gives the default EQ a highpass off at 30 Hz, flat shelves and a flat 1 kHz peak with q 1', () => {
    expect(DEFAULT_EQ.map((band) => [band.type, band.freqHz, band.gainDb, band.on])).toEqual([
      ['highpass', 30, 0, false],
      ['lowshelf', 120, 0, true],
      ['peaking', 1000, 0, true],
      ['highshelf', 8000, 0, true],
    ]);
    expect(DEFAULT_EQ[2]?.q).toBe(1);
  });

  it('does nothing when the document is already initialised', () => {
    const doc = newMixDoc();
    const before = Y.encodeStateVector(doc);
    expect(initMixDocument(doc, [{ id: 'keys', name: 'Keys' }])).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readMix(doc).tracks).toHaveLength(3);
  });

  it('skips a duplicate stem and names an unnamed stem after its position', () => {
    const doc = new Y.Doc();
    initMixDocument(doc, [
      { id: 'a', name: '  ' },
      { id: 'a', name: 'Again' },
    ]);
    expect(readMix(doc).tracks.map((track) => track.name)).toEqual(['Track 1']);
  });

  it('converges to one track per stem when two clients initialise the same empty document concurrently', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    initMixDocument(a, STEMS);
    initMixDocument(b, STEMS);
    syncAll(a, b);
    expect(readMix(a)).toEqual(readMix(b));
    expect(readMix(a).tracks).toHaveLength(3);
  });

  it('reads an uninitialised document as an empty mix', () => {
    expect(readMix(new Y.Doc())).toEqual({
      schemaVersion: 1,
      tracks: [],
      master: { gainDb: 0, eq: [] },
      markers: [],
    });
  });
});
