import {
  BEAT_SEC,
  type BeatNote,
  beatToSec,
  CHORUS_BAR,
  CHORUS_MELODY,
  OUTRO_BAR,
  OUTRO_MELODY,
  VERSE_MELODY,
} from './arrangement';
import { renderLeadNote } from './leadVoice';
import { addPingPongDelay } from './pingPongDelay';
import { jitter, type Prng } from './prng';
import { addReverb } from './reverb';
import { createStereoBuffer, mixInto, type StereoBuffer } from './stereoBuffer';

const VERSE_BAR = 8;
// Notes overlap the next one slightly so their fades cross instead of leaving gaps in the line.
const LEGATO_SEC = 0.03;

const playPhrase = (
  out: StereoBuffer,
  startBar: number,
  melody: readonly BeatNote[],
  velocity: number,
  prng: Prng,
) => {
  for (const note of melody) {
    const atSec = beatToSec(startBar, note.atBeat) + jitter(prng, 0.004);
    renderLeadNote(
      out,
      atSec,
      note.lengthBeats * BEAT_SEC + LEGATO_SEC,
      note.midi,
      velocity * (1 + jitter(prng, 0.05)),
    );
  }
};

/** Renders the lead melody (verse, chorus, closing note) with a dotted-eighth ping-pong echo and some room. */
export const renderLeadStem = (sampleRate: number, durationSec: number, prng: Prng): StereoBuffer => {
  const dry = createStereoBuffer(sampleRate, durationSec);
  playPhrase(dry, VERSE_BAR, VERSE_MELODY, 0.8, prng);
  playPhrase(dry, CHORUS_BAR, CHORUS_MELODY, 0.9, prng);
  playPhrase(dry, OUTRO_BAR, OUTRO_MELODY, 0.8, prng);
  const out = createStereoBuffer(sampleRate, durationSec);
  mixInto(out, dry, 1);
  // Dotted eighth (3/4 of a beat) is the echo time that fills the gaps between melody notes.
  addPingPongDelay(dry, out, { delaySec: 0.75 * BEAT_SEC, feedback: 0.38, wetGain: 0.35, toneHz: 3000 });
  addReverb(dry, out, { wetGain: 0.35, roomFeedback: 0.8, damping: 0.4 });
  return out;
};
