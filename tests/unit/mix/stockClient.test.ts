import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMix, readTrack } from '../../../lib/mix';
import { newMixDoc, replica, syncAll } from './helpers';

/** The track Y.Map reached the way docs/mix-document.md tells a third-party client to. */
const trackOf = (doc: Y.Doc, trackId: string): Y.Map<unknown> =>
  (doc.getMap('mix').get('tracks') as Y.Map<Y.Map<unknown>>).get(trackId)!;

describe('a stock Yjs client following docs/mix-document.md', () => {
  it('adds a gain breakpoint that every replica reads back', () => {
    const ours = newMixDoc(1);
    const theirs = replica(ours, 2);
    const lane = (trackOf(theirs, 'trk-vox').get('automation') as Y.Map<Y.Map<unknown>>).get('gain')!;
    theirs.transact(() => {
      lane.set(
        'a1b2',
        new Y.Map<unknown>([
          ['atSec', 12.5],
          ['value', -6],
          ['curve', 'linear'],
        ]),
      );
    });
    syncAll(ours, theirs);
    expect(readTrack(ours, 'trk-vox')?.automation.gain).toEqual([
      { id: 'a1b2', atSec: 12.5, value: -6, curve: 'linear' },
    ]);
  });

  it('adds an EQ band with its two lanes', () => {
    const doc = newMixDoc();
    const track = trackOf(doc, 'trk-drm');
    doc.transact(() => {
      const band = new Y.Map<unknown>([
        ['type', 'peaking'],
        ['freqHz', 3200],
        ['gainDb', 2],
        ['q', 1.4],
        ['on', true],
        ['order', 4],
      ]);
      (track.get('eq') as Y.Map<unknown>).set('air', band);
      (track.get('automation') as Y.Map<unknown>).set('eq.air.gainDb', new Y.Map());
      (track.get('automation') as Y.Map<unknown>).set('eq.air.freqHz', new Y.Map());
    });
    expect(readTrack(doc, 'trk-drm')?.eq.at(-1)).toEqual({
      id: 'air',
      type: 'peaking',
      freqHz: 3200,
      gainDb: 2,
      q: 1.4,
      on: true,
      order: 4,
    });
  });

  it('cannot break readers: out-of-range or mistyped values read as clamped or default values', () => {
    const doc = newMixDoc();
    const track = trackOf(doc, 'trk-bas');
    track.set('gainDb', 40);
    track.set('pan', 'left');
    track.set('mute', 1);
    const lane = (track.get('automation') as Y.Map<Y.Map<unknown>>).get('pan')!;
    lane.set(
      'p',
      new Y.Map<unknown>([
        ['atSec', -5],
        ['value', 3],
        ['curve', 'exponential'],
      ]),
    );
    (track.get('automation') as Y.Map<unknown>).set(
      'eq.gone.gainDb',
      new Y.Map([['x', new Y.Map([['atSec', 1]])]]),
    );
    expect(readTrack(doc, 'trk-bas')).toMatchObject({
      gainDb: 12,
      pan: 0,
      mute: false,
      automation: { pan: [{ id: 'p', atSec: 0, value: 1, curve: 'linear' }] },
    });
    expect(Object.keys(readMix(doc).tracks[2]!.automation)).toEqual(['pan']);
  });
});
