import { describe, expect, it } from 'vitest';
import {
  addBreakpoint,
  addMarker,
  addTrack,
  describeChange,
  diffMix,
  readMix,
  removeTrack,
  setEqBand,
  setMasterGain,
  setTrackGain,
  setTrackMute,
  setTrackName,
  setTrackPan,
} from '../../../lib/mix';
import { newMixDoc } from './helpers';

/** Sentences describing what `edit` changed in a fresh test mix. */
const sentencesAfter = (
  prepare: (doc: ReturnType<typeof newMixDoc>) => void,
  edit: (doc: ReturnType<typeof newMixDoc>) => void,
) => {
  const doc = newMixDoc();
  prepare(doc);
  const before = readMix(doc);
  edit(doc);
  return diffMix(before, readMix(doc)).map(describeChange);
};

describe('diffMix and describeChange', () => {
  it('report no change between identical mixes', () => {
    const mix = readMix(newMixDoc());
    expect(diffMix(mix, mix)).toEqual([]);
  });

  it('describe a gain change in dB with one decimal', () => {
    const sentences = sentencesAfter(
      (doc) => setTrackGain(doc, 'trk-vox', -3),
      (doc) => setTrackGain(doc, 'trk-vox', -1.5),
    );
    expect(sentences).toEqual(['Vocals: gain -3.0 → -1.5 dB']);
  });

  it('describe an EQ gain change with the band number, type and frequency', () => {
    const sentences = sentencesAfter(
      (doc) => setEqBand(doc, { trackId: 'trk-vox' }, 'ls', { freqHz: 3200 }),
      (doc) => setEqBand(doc, { trackId: 'trk-vox' }, 'pk', { gainDb: 2, freqHz: 3200 }),
    );
    expect(sentences).toEqual([
      'Vocals: EQ band 3 (peaking) frequency 1 kHz → 3.2 kHz',
      'Vocals: EQ band 3 (peaking) gain 0.0 → +2.0 dB at 3.2 kHz',
    ]);
    const bandTwo = sentencesAfter(
      () => {},
      (doc) => setEqBand(doc, { trackId: 'trk-vox' }, 'ls', { gainDb: 2, on: false }),
    );
    expect(bandTwo).toEqual([
      'Vocals: EQ band 2 (lowshelf) gain 0.0 → +2.0 dB at 120 Hz',
      'Vocals: EQ band 2 (lowshelf) switched off',
    ]);
  });

  it('describe a pan change as a console shows it', () => {
    const sentences = sentencesAfter(
      (doc) => setTrackPan(doc, 'trk-drm', -0.2),
      (doc) => setTrackPan(doc, 'trk-drm', 0),
    );
    expect(sentences).toEqual(['Drums: pan 20L → C']);
  });

  it('count points added, removed and moved on an automation lane', () => {
    const sentences = sentencesAfter(
      () => {},
      (doc) => {
        for (const atSec of [0, 4, 8])
          addBreakpoint(doc, 'trk-bas', 'gain', { atSec, value: -atSec, curve: 'linear' });
      },
    );
    expect(sentences).toEqual(['Bass: gain automation changed (3 points added)']);
    const doc = newMixDoc();
    const first = addBreakpoint(doc, 'trk-bas', 'eq.pk.freqHz', {
      atSec: 0,
      value: 100,
      curve: 'exponential',
    });
    addBreakpoint(doc, 'trk-bas', 'eq.pk.freqHz', { atSec: 2, value: 200, curve: 'linear' });
    const before = readMix(doc);
    if (!first.ok) throw new Error(first.error.message);
    const after = readMix(doc);
    const lane = after.tracks[2]!.automation['eq.pk.freqHz']!;
    after.tracks[2]!.automation['eq.pk.freqHz'] = [
      { ...lane[0]!, atSec: 1 },
      { id: 'new', atSec: 3, value: 50, curve: 'step' },
    ];
    expect(diffMix(before, after).map(describeChange)).toEqual([
      'Bass: EQ band 3 (peaking) frequency automation changed (1 point added, 1 removed, 1 moved)',
    ]);
  });

  it('describe track, mute, master and marker changes', () => {
    const sentences = sentencesAfter(
      () => {},
      (doc) => {
        setTrackName(doc, 'trk-vox', 'Lead');
        setTrackMute(doc, 'trk-drm', true);
        removeTrack(doc, 'trk-bas');
        addTrack(doc, { id: 'keys', name: 'Keys' });
        setMasterGain(doc, null);
        addMarker(doc, { name: 'Chorus', atSec: 65.25 });
      },
    );
    expect(sentences).toEqual([
      'Track Vocals renamed to Lead',
      'Drums: muted',
      'Track Keys added',
      'Track Bass removed',
      'Master: gain 0.0 → -inf dB',
      'Marker Chorus added at 1:05.3',
    ]);
  });

  it('returns typed changes a UI can render itself', () => {
    const doc = newMixDoc();
    const before = readMix(doc);
    setTrackGain(doc, 'trk-vox', -1);
    expect(diffMix(before, readMix(doc))).toEqual([
      { kind: 'track-gain', track: { trackId: 'trk-vox', trackName: 'Vocals' }, from: 0, to: -1 },
    ]);
  });
});
