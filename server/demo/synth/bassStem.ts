import { BEAT_SEC, beatToSec, chordAtBar, DRUMS_IN_BAR, OUTRO_BAR, TOTAL_BARS } from './arrangement';
import { renderBassNote } from './bassVoice';
import { applyKickDuck } from './kickDuck';
import { jitter, type Prng } from './prng';
import { createStereoBuffer, type StereoBuffer } from './stereoBuffer';

/** One bar of the groove: beat, length in beats, interval above the chord root, velocity. */
const GROOVE: readonly (readonly [number, number, number, number])[] = [
  [0, 1.25, 0, 1],
  [1.5, 0.5, 0, 0.7],
  [2, 0.75, 12, 0.8],
  [3, 0.5, 0, 0.7],
  [3.5, 0.5, 7, 0.65],
];

/** Renders the bass: held roots in the intro, then a syncopated root/octave/fifth groove. */
export const renderBassStem = (sampleRate: number, durationSec: number, prng: Prng): StereoBuffer => {
  const out = createStereoBuffer(sampleRate, durationSec);
  for (let bar = 0; bar < TOTAL_BARS; bar++) {
    const rootMidi = chordAtBar(bar).bassMidi;
    if (bar < DRUMS_IN_BAR || bar === OUTRO_BAR) {
      const lengthBeats = bar === OUTRO_BAR ? 5 : 3.9;
      renderBassNote(out, beatToSec(bar, 0), lengthBeats * BEAT_SEC, rootMidi, 0.6);
      continue;
    }
    for (const [atBeat, lengthBeats, interval, velocity] of GROOVE) {
      const atSec = beatToSec(bar, atBeat) + jitter(prng, 0.002);
      renderBassNote(out, atSec, lengthBeats * BEAT_SEC * 0.95, rootMidi + interval, velocity);
    }
  }
  // Deep, quick ducking under the kick: the two never stack their peaks and the kick's punch stays clear.
  applyKickDuck(out, 0.6, 0.09);
  return out;
};
