import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBreakpoint,
  addEqBand,
  addMarker,
  addTrack,
  moveBreakpoint,
  type Result,
  readMix,
  readTrack,
  removeBreakpoint,
  removeEqBand,
  removeMarker,
  removeTrack,
  setEqBand,
  setMarker,
  setMasterGain,
  setTrackGain,
  setTrackMute,
  setTrackName,
  setTrackPan,
  setTrackSolo,
} from '../../../lib/mix';
import { newMixDoc } from './helpers';

const VOX = 'trk-vox';

/** Runs `write` and checks it failed with `code` without touching the document. */
const expectRejected = (doc: Y.Doc, write: () => Result<unknown>, code: string, message?: RegExp) => {
  const vector = Y.encodeStateVector(doc);
  const before = readMix(doc);
  const result = write();
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    if (message) expect(result.error.message).toMatch(message);
  }
  expect(Y.encodeStateVector(doc)).toEqual(vector);
  expect(readMix(doc)).toEqual(before);
};

describe('mix writers', () => {
  it('set gain, pan, mute, solo and name of a track', () => {
    const doc = newMixDoc();
    expect(setTrackGain(doc, VOX, -3.5)).toEqual({ ok: true, value: undefined });
    expect(setTrackPan(doc, VOX, -0.2).ok).toBe(true);
    expect(setTrackMute(doc, VOX, true).ok).toBe(true);
    expect(setTrackSolo(doc, VOX, true).ok).toBe(true);
    expect(setTrackName(doc, VOX, '  Lead vocal ').ok).toBe(true);
    expect(readTrack(doc, VOX)).toMatchObject({
      gainDb: -3.5,
      pan: -0.2,
      mute: true,
      solo: true,
      name: 'Lead vocal',
    });
    expect(setTrackGain(doc, VOX, null).ok).toBe(true);
    expect(readTrack(doc, VOX)?.gainDb).toBeNull();
  });

  it('reject out-of-range or non-finite track values and leave the document unchanged', () => {
    const doc = newMixDoc();
    expectRejected(
      doc,
      () => setTrackGain(doc, VOX, 20),
      'out-of-range',
      /Track gain \(dB\) 20 is outside \[-96, 12\]/,
    );
    expectRejected(doc, () => setTrackGain(doc, VOX, -97), 'out-of-range');
    expectRejected(doc, () => setTrackGain(doc, VOX, Number.NaN), 'invalid', /finite number, got NaN/);
    expectRejected(doc, () => setTrackGain(doc, VOX, Number.NEGATIVE_INFINITY), 'invalid');
    expectRejected(doc, () => setTrackPan(doc, VOX, 1.5), 'out-of-range', /Pan 1.5/);
    expectRejected(doc, () => setTrackPan(doc, VOX, Number.POSITIVE_INFINITY), 'invalid');
    expectRejected(doc, () => setTrackMute(doc, VOX, 'yes' as unknown as boolean), 'invalid');
    expectRejected(doc, () => setTrackName(doc, VOX, '   '), 'out-of-range');
    expectRejected(doc, () => setTrackGain(doc, 'nope', 0), 'not-found', /No track with id nope/);
    expectRejected(doc, () => setMasterGain(doc, 12.5), 'out-of-range');
  });

  it('edit, add and remove EQ bands on a track and on the master', () => {
    const doc = newMixDoc();
    expect(setEqBand(doc, { trackId: VOX }, 'pk', { gainDb: 2, freqHz: 3200 }).ok).toBe(true);
    expect(readTrack(doc, VOX)?.eq.find((band) => band.id === 'pk')).toMatchObject({
      gainDb: 2,
      freqHz: 3200,
      q: 1,
    });
    const added = addEqBand(doc, 'master', { type: 'lowpass', freqHz: 18000, gainDb: 0, q: 0.71, on: true });
    expect(added.ok).toBe(true);
    const master = readMix(doc).master.eq;
    expect(master.at(-1)).toMatchObject({ id: added.ok ? added.value : '', type: 'lowpass', order: 4 });
    expect(removeEqBand(doc, 'master', 'hp').ok).toBe(true);
    expect(readMix(doc).master.eq.map((band) => band.id)).not.toContain('hp');
  });

  it('reject out-of-range EQ values and unknown bands and leave the document unchanged', () => {
    const doc = newMixDoc();
    const track = { trackId: VOX };
    expectRejected(
      doc,
      () => setEqBand(doc, track, 'pk', { freqHz: 5 }),
      'out-of-range',
      /EQ frequency \(Hz\) 5/,
    );
    expectRejected(doc, () => setEqBand(doc, track, 'pk', { gainDb: 2, q: 30 }), 'out-of-range', /EQ Q 30/);
    expectRejected(doc, () => setEqBand(doc, track, 'pk', { gainDb: 25 }), 'out-of-range');
    expectRejected(doc, () => setEqBand(doc, track, 'pk', { type: 'notch' as 'peaking' }), 'invalid');
    expectRejected(
      doc,
      () => setEqBand(doc, track, 'pk', { bogus: 1 } as object),
      'invalid',
      /Unknown EQ band field/,
    );
    expectRejected(doc, () => setEqBand(doc, track, 'zz', { gainDb: 1 }), 'not-found');
    expectRejected(
      doc,
      () => addEqBand(doc, track, { type: 'peaking', freqHz: 1000, gainDb: 0, q: 0, on: true }),
      'out-of-range',
    );
  });

  it('add, move and remove breakpoints and read lanes sorted by time', () => {
    const doc = newMixDoc();
    const late = addBreakpoint(doc, VOX, 'gain', { atSec: 10, value: -6, curve: 'linear' });
    const early = addBreakpoint(doc, VOX, 'gain', { atSec: 2, value: 0, curve: 'step' });
    expect(late.ok && early.ok).toBe(true);
    if (!late.ok || !early.ok) return;
    expect(readTrack(doc, VOX)?.automation.gain?.map((point) => point.id)).toEqual([early.value, late.value]);
    expect(moveBreakpoint(doc, VOX, 'gain', early.value, { atSec: 12 }).ok).toBe(true);
    expect(readTrack(doc, VOX)?.automation.gain).toEqual([
      { id: late.value, atSec: 10, value: -6, curve: 'linear' },
      { id: early.value, atSec: 12, value: 0, curve: 'step' },
    ]);
    expect(removeBreakpoint(doc, VOX, 'gain', late.value).ok).toBe(true);
    expect(removeBreakpoint(doc, VOX, 'gain', early.value).ok).toBe(true);
    expect(readTrack(doc, VOX)?.automation).toEqual({});
  });

  it('reject breakpoints outside the lane range or with an exponential curve on a lane that can be <= 0', () => {
    const doc = newMixDoc();
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'pan', { atSec: 1, value: 1.5, curve: 'linear' }),
      'out-of-range',
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'gain', { atSec: -1, value: 0, curve: 'linear' }),
      'out-of-range',
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'gain', { atSec: Number.NaN, value: 0, curve: 'step' }),
      'invalid',
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'gain', { atSec: 1, value: -6, curve: 'exponential' }),
      'invalid',
      /Exponential curve is not allowed on lane gain/,
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'eq.pk.freqHz', { atSec: 1, value: 5, curve: 'exponential' }),
      'out-of-range',
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'eq.zz.gainDb', { atSec: 1, value: 0, curve: 'step' }),
      'not-found',
    );
    expectRejected(
      doc,
      () => addBreakpoint(doc, VOX, 'volume' as 'gain', { atSec: 1, value: 0, curve: 'step' }),
      'invalid',
      /Unknown automation lane volume/,
    );
    const point = addBreakpoint(doc, VOX, 'eq.pk.freqHz', { atSec: 1, value: 200, curve: 'exponential' });
    expect(point.ok).toBe(true);
    if (point.ok) {
      expectRejected(
        doc,
        () => moveBreakpoint(doc, VOX, 'eq.pk.freqHz', point.value, { value: 0 }),
        'out-of-range',
      );
    }
  });

  it('removes the automation lanes of a removed EQ band', () => {
    const doc = newMixDoc();
    expect(addBreakpoint(doc, VOX, 'eq.pk.gainDb', { atSec: 1, value: 3, curve: 'linear' }).ok).toBe(true);
    expect(removeEqBand(doc, { trackId: VOX }, 'pk').ok).toBe(true);
    expect(readTrack(doc, VOX)?.automation).toEqual({});
    const band = addEqBand(
      doc,
      { trackId: VOX },
      { type: 'peaking', freqHz: 500, gainDb: -2, q: 2, on: true },
    );
    expect(band.ok).toBe(true);
    if (band.ok) {
      expect(
        addBreakpoint(doc, VOX, `eq.${band.value}.gainDb`, { atSec: 0, value: 1, curve: 'step' }).ok,
      ).toBe(true);
    }
  });

  it('add, rename, move and remove markers, read sorted by time', () => {
    const doc = newMixDoc();
    const chorus = addMarker(doc, { name: 'Chorus', atSec: 60 });
    const verse = addMarker(doc, { name: 'Verse', atSec: 15 });
    expect(readMix(doc).markers.map((marker) => marker.name)).toEqual(['Verse', 'Chorus']);
    expectRejected(doc, () => addMarker(doc, { name: 'Bridge', atSec: -1 }), 'out-of-range');
    if (!chorus.ok || !verse.ok) throw new Error('markers not added');
    expect(setMarker(doc, chorus.value, { atSec: 5, name: 'Intro' }).ok).toBe(true);
    expect(readMix(doc).markers.map((marker) => marker.name)).toEqual(['Intro', 'Verse']);
    expect(removeMarker(doc, verse.value).ok).toBe(true);
    expect(readMix(doc).markers).toEqual([{ id: chorus.value, name: 'Intro', atSec: 5 }]);
  });

  it('add a track after the last one and remove it', () => {
    const doc = newMixDoc();
    const keys = addTrack(doc, { id: 'keys', name: 'Keys' });
    expect(keys).toEqual({ ok: true, value: 'trk-keys' });
    expect(readMix(doc).tracks.at(-1)).toMatchObject({ name: 'Keys', order: 3 });
    const again = addTrack(doc, { id: 'keys', name: 'Keys 2' });
    expect(again.ok && again.value !== 'trk-keys').toBe(true);
    expect(removeTrack(doc, 'trk-keys').ok).toBe(true);
    expect(readMix(doc).tracks.map((track) => track.name)).toEqual(['Vocals', 'Drums', 'Bass', 'Keys 2']);
  });

  it('run each write in one transaction carrying the given origin', () => {
    const doc = newMixDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
    const origin = { user: 'me' };
    setEqBand(doc, { trackId: VOX }, 'pk', { gainDb: 1, freqHz: 900, q: 2 }, origin);
    addBreakpoint(doc, VOX, 'gain', { atSec: 1, value: 0, curve: 'linear' }, origin);
    expect(origins).toEqual([origin, origin]);
  });
});
