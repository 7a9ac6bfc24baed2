/** One rendered stem of the demo song. */
export interface DemoStem {
  name: string;
  /** Lower-case file-name-safe id, e.g. 'drums'. */
  fileStem: string;
  /** Stereo channels `[left, right]`, all the song's length. */
  channels: Float32Array[];
}

/** A named position in the song, e.g. the start of the chorus. */
export interface DemoMarker {
  name: string;
  atSec: number;
}

/** The synthesized demo song: stems of equal length plus section markers. */
export interface DemoSong {
  title: string;
  bpm: number;
  durationSec: number;
  stems: DemoStem[];
  markers: DemoMarker[];
}

/** Options for `synthesizeDemoSong`. */
export interface SynthesizeDemoSongOptions {
  /** Output sample rate in Hz; 48000 by default. */
  sampleRate?: number;
  /** PRNG seed for noise and humanisation; the same seed always yields the same samples. */
  seed?: number;
}
