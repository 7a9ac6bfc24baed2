import * as Tone from 'tone';

/** Samples each analyser keeps: ~21 ms at 48 kHz, longer than a display frame, so no peak is missed. */
const WINDOW = 1024;

const toDb = (amplitude: number): number =>
  amplitude > 0 ? 20 * Math.log10(amplitude) : Number.NEGATIVE_INFINITY;

/**
 * A sample-peak meter on a stereo point of the graph: a channel splitter into one AnalyserNode per
 * channel (an analyser alone would fold a hard-panned signal to mono, 6 dB low). `readDb` gives the
 * highest absolute sample of either channel over the last window, in dBFS.
 */
export class PeakMeter {
  private readonly splitter: ChannelSplitterNode;
  private readonly analysers: [AnalyserNode, AnalyserNode];
  private readonly samples = new Float32Array(WINDOW);

  constructor(
    context: Tone.BaseContext,
    private readonly source: Tone.ToneAudioNode,
  ) {
    this.splitter = context.createChannelSplitter(2);
    this.analysers = [context.createAnalyser(), context.createAnalyser()];
    this.analysers.forEach((analyser, i) => {
      analyser.fftSize = WINDOW;
      this.splitter.connect(analyser, i);
    });
    Tone.connect(source, this.splitter);
  }

  /** The higher of the two channels' peaks. */
  readDb(): number {
    const [left, right] = this.readChannelsDb();
    return Math.max(left, right);
  }

  /** Each channel's peak over the last window. */
  readChannelsDb(): [left: number, right: number] {
    const peakOf = (analyser: AnalyserNode) => {
      analyser.getFloatTimeDomainData(this.samples);
      let peak = 0;
      for (let i = 0; i < WINDOW; i++) {
        const v = Math.abs(this.samples[i]!);
        if (v > peak) peak = v;
      }
      return toDb(peak);
    };
    return [peakOf(this.analysers[0]), peakOf(this.analysers[1])];
  }

  dispose(): void {
    try {
      Tone.disconnect(this.source, this.splitter);
    } catch {
      // The source was disposed first (its connections are gone already).
    }
    this.splitter.disconnect();
  }
}
