'use client';
import type * as Tone from 'tone';

/** Sample peaks of the master output, per channel, in dBFS. */
export interface MasterPeakTap {
  /** Highest absolute sample of each channel over the last analyser window (~43 ms at 48 kHz). */
  readDb(): [left: number, right: number];
  dispose(): void;
}

const toDb = (amplitude: number): number =>
  amplitude > 0 ? 20 * Math.log10(amplitude) : Number.NEGATIVE_INFINITY;

/**
 * Taps the context's destination (after the master gain) with one AnalyserNode per channel and reads
 * the true sample peak (`player.meters().master` is Tone.Meter's smoothed RMS). The analyser window is
 * longer than a display frame, so no peak falls between two reads.
 */
export function createMasterPeakTap(context: Tone.Context): MasterPeakTap {
  const raw = context.rawContext as AudioContext;
  const splitter = raw.createChannelSplitter(2);
  const analysers = [raw.createAnalyser(), raw.createAnalyser()] as const;
  const samples = new Float32Array(2048);
  for (const [i, analyser] of analysers.entries()) {
    analyser.fftSize = samples.length;
    splitter.connect(analyser, i);
  }
  const output = context.destination.output as Tone.ToneAudioNode;
  output.connect(splitter as unknown as Tone.InputNode);
  const peakOf = (analyser: AnalyserNode): number => {
    analyser.getFloatTimeDomainData(samples);
    let peak = 0;
    for (let i = 0; i < samples.length; i++) {
      const v = Math.abs(samples[i]!);
      if (v > peak) peak = v;
    }
    return toDb(peak);
  };
  return {
    readDb: () => [peakOf(analysers[0]), peakOf(analysers[1])],
    dispose() {
      // The song's audio context may be torn down first (new stems, leaving the page): its graph is gone
      // then, and Web Audio throws InvalidAccessError for disconnecting a connection that no longer exists.
      try {
        output.disconnect(splitter as unknown as Tone.InputNode);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'InvalidAccessError')) throw error;
      }
      splitter.disconnect();
    },
  };
}
