/** A note placed in beats from the start of a bar (or phrase) with a MIDI pitch. */
export interface BeatNote {
  atBeat: number;
  lengthBeats: number;
  midi: number;
}

/** One chord of the progression: the bass root and an upper voicing for the keys. */
export interface Chord {
  name: string;
  bassMidi: number;
  voicingMidi: readonly number[];
}

/** Tempo of the demo song. */
export const BPM = 120;
/** Four beats to the bar. */
export const BEATS_PER_BAR = 4;
/** Seconds per beat at `BPM`. */
export const BEAT_SEC = 60 / BPM;
/** Seconds per bar at `BPM`. */
export const BAR_SEC = BEAT_SEC * BEATS_PER_BAR;

/** Song sections in bars: intro without lead (keys/bass first, drums join at bar 4), verse, chorus, a one-bar ending. */
export const SECTIONS = [
  { name: 'Intro', startBar: 0, bars: 8 },
  { name: 'Verse', startBar: 8, bars: 4 },
  { name: 'Chorus', startBar: 12, bars: 4 },
  { name: 'Outro', startBar: 16, bars: 1 },
] as const;

/** Bar index where drums enter during the intro. */
export const DRUMS_IN_BAR = 4;
/** First bar of the chorus (denser drums, higher lead). */
export const CHORUS_BAR = 12;
/** The final bar: one held tonic chord. */
export const OUTRO_BAR = 16;
/** Total bars including the outro bar. */
export const TOTAL_BARS = 17;
/** Silence-ish tail after the last bar so the held chord, echoes and reverb ring out. */
export const TAIL_SEC = 1.5;

// i - VI - III - VII in A minor (Am9, Fmaj9, Cadd9, G6), voiced within an octave around middle C so
// each chord moves by a step or less into the next.
/** The 4-chord loop, one chord per bar. */
export const PROGRESSION: readonly Chord[] = [
  { name: 'Am9', bassMidi: 33, voicingMidi: [55, 60, 64, 71] },
  { name: 'Fmaj9', bassMidi: 29, voicingMidi: [57, 60, 64, 67] },
  { name: 'Cadd9', bassMidi: 36, voicingMidi: [55, 60, 62, 64] },
  { name: 'G6', bassMidi: 31, voicingMidi: [55, 59, 62, 64] },
];

/** Returns the chord playing in `bar`. */
export const chordAtBar = (bar: number): Chord => PROGRESSION[bar % PROGRESSION.length]!;

/** Verse melody over the 4-bar loop (16 beats), A minor pentatonic around C5. */
export const VERSE_MELODY: readonly BeatNote[] = [
  { atBeat: 0, lengthBeats: 1.5, midi: 76 },
  { atBeat: 1.5, lengthBeats: 0.5, midi: 74 },
  { atBeat: 2, lengthBeats: 1, midi: 72 },
  { atBeat: 3, lengthBeats: 0.5, midi: 74 },
  { atBeat: 3.5, lengthBeats: 0.5, midi: 76 },
  { atBeat: 4, lengthBeats: 1.5, midi: 69 },
  { atBeat: 5.5, lengthBeats: 0.5, midi: 72 },
  { atBeat: 6, lengthBeats: 2, midi: 76 },
  { atBeat: 8, lengthBeats: 1, midi: 79 },
  { atBeat: 9, lengthBeats: 0.5, midi: 76 },
  { atBeat: 9.5, lengthBeats: 0.5, midi: 74 },
  { atBeat: 10, lengthBeats: 1.5, midi: 72 },
  { atBeat: 11.5, lengthBeats: 0.5, midi: 74 },
  { atBeat: 12, lengthBeats: 1, midi: 74 },
  { atBeat: 13, lengthBeats: 0.5, midi: 72 },
  { atBeat: 13.5, lengthBeats: 0.5, midi: 71 },
  { atBeat: 14, lengthBeats: 1.75, midi: 74 },
];

/** Chorus melody: same loop, an octave-leap hook starting on A5. */
export const CHORUS_MELODY: readonly BeatNote[] = [
  { atBeat: 0, lengthBeats: 0.5, midi: 81 },
  { atBeat: 0.5, lengthBeats: 0.5, midi: 79 },
  { atBeat: 1, lengthBeats: 1, midi: 76 },
  { atBeat: 2, lengthBeats: 0.5, midi: 79 },
  { atBeat: 2.5, lengthBeats: 1.5, midi: 76 },
  { atBeat: 4, lengthBeats: 1, midi: 81 },
  { atBeat: 5, lengthBeats: 0.5, midi: 79 },
  { atBeat: 5.5, lengthBeats: 0.5, midi: 77 },
  { atBeat: 6, lengthBeats: 2, midi: 76 },
  { atBeat: 8, lengthBeats: 0.5, midi: 79 },
  { atBeat: 8.5, lengthBeats: 0.5, midi: 76 },
  { atBeat: 9, lengthBeats: 1, midi: 72 },
  { atBeat: 10, lengthBeats: 0.5, midi: 74 },
  { atBeat: 10.5, lengthBeats: 1.5, midi: 76 },
  { atBeat: 12, lengthBeats: 1, midi: 79 },
  { atBeat: 13, lengthBeats: 1, midi: 76 },
  { atBeat: 14, lengthBeats: 2, midi: 74 },
];

/** The lead's closing note on the outro bar (E5 over Am). */
export const OUTRO_MELODY: readonly BeatNote[] = [{ atBeat: 0, lengthBeats: 3, midi: 76 }];

/** Sixteenth-note steps (0-15) where the kick plays in `bar`; the bass ducks under these. */
export const kickStepsForBar = (bar: number): readonly number[] => {
  if (bar < DRUMS_IN_BAR) return [];
  if (bar === OUTRO_BAR) return [0];
  return bar >= CHORUS_BAR ? [0, 4, 8, 12, 14] : [0, 7, 8, 10];
};

/** Converts a bar plus beat offset to seconds from song start. */
export const beatToSec = (bar: number, beat: number): number => bar * BAR_SEC + beat * BEAT_SEC;

/** Total song length in seconds. */
export const songDurationSec = (): number => TOTAL_BARS * BAR_SEC + TAIL_SEC;
