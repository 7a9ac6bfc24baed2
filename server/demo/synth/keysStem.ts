import { BEAT_SEC, beatToSec, chordAtBar, DRUMS_IN_BAR, OUTRO_BAR, TOTAL_BARS } from './arrangement';
import { applyBusGlue } from './busGlue';
import { renderElectricPianoNote } from './electricPianoVoice';
import { applyKickDuck } from './kickDuck';
import { jitter, type Prng } from './prng';
import { addReverb } from './reverb';
import { sinCycles } from './sineTable';
import { createStereoBuffer, mixInto, type StereoBuffer } from './stereoBuffer';

/** Chord hits within a bar once the groove starts: beat, length in beats, velocity. */
const COMP: readonly (readonly [number, number, number])[] = [
  [0, 1.3, 0.85],
  [1.5, 0.45, 0.6],
  [2.5, 1.4, 0.75],
];
// Each chord is rolled upward by a few milliseconds, like fingers landing, instead of a machine block.
const ROLL_SEC = 0.009;
const TREMOLO_RATE_HZ = 3.2;
const TREMOLO_DEPTH = 0.15;

const playChord = (
  out: StereoBuffer,
  bar: number,
  atBeat: number,
  lengthBeats: number,
  velocity: number,
  prng: Prng,
) => {
  const voicing = chordAtBar(bar).voicingMidi;
  voicing.forEach((midi, voice) => {
    // Clamped so the song's very first chord still gets its whole fade-in.
    const atSec = Math.max(0, beatToSec(bar, atBeat) + voice * ROLL_SEC + jitter(prng, 0.003));
    const pan = (voice / (voicing.length - 1) - 0.5) * 0.5;
    renderElectricPianoNote(
      out,
      atSec,
      lengthBeats * BEAT_SEC,
      midi,
      velocity * (1 + jitter(prng, 0.08)),
      pan,
    );
  });
};

/** Applies the classic electric-piano auto-pan: left and right swell in opposite phase. */
const applyAutoPan = (buffer: StereoBuffer): void => {
  const { left, right, sampleRate } = buffer;
  for (let i = 0; i < left.length; i++) {
    const lfo = sinCycles((i / sampleRate) * TREMOLO_RATE_HZ) * TREMOLO_DEPTH;
    left[i]! *= 1 - TREMOLO_DEPTH + lfo;
    right[i]! *= 1 - TREMOLO_DEPTH - lfo;
  }
};

/** Renders the keys: sustained chords in the first intro bars, then a syncopated comp, a final held chord. */
export const renderKeysStem = (sampleRate: number, durationSec: number, prng: Prng): StereoBuffer => {
  const dry = createStereoBuffer(sampleRate, durationSec);
  for (let bar = 0; bar < TOTAL_BARS; bar++) {
    if (bar === OUTRO_BAR) {
      playChord(dry, bar, 0, 6.5, 0.8, prng);
    } else if (bar < DRUMS_IN_BAR) {
      playChord(dry, bar, 0, 3.9, 0.7, prng);
    } else {
      for (const [atBeat, lengthBeats, velocity] of COMP)
        playChord(dry, bar, atBeat, lengthBeats, velocity, prng);
    }
  }
  applyAutoPan(dry);
  const out = createStereoBuffer(sampleRate, durationSec);
  mixInto(out, dry, 1);
  addReverb(dry, out, { wetGain: 0.5, roomFeedback: 0.8, damping: 0.4 });
  // Tames the tine attacks of the chord hits, which otherwise set the keys' peak level.
  applyBusGlue(out, 1.6);
  // A lighter duck than the bass: just enough pump to make room for the kick on the downbeats.
  applyKickDuck(out, 0.3, 0.12);
  return out;
};
