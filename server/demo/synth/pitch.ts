/** Converts a MIDI note number to its equal-tempered frequency (A4 = 69 = 440 Hz). */
export const midiToFreqHz = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);
