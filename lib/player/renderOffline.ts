import * as Tone from 'tone';
import type { MixState } from '../mix/types';
import { MixGraph } from './mixGraph';
import type { StemInput } from './stemAudio';

/**
 * Bounces a mix in the browser with the same graph builder as playback, on an OfflineAudioContext
 * (via Tone.Offline). `stems` maps stem ids to decoded stems (whole, or every segment) at `sampleRate`; `startSec` bounces
 * from a song position (automation is placed exactly as a seek would place it).
 */
export async function renderOffline(
  mix: MixState,
  stems: ReadonlyMap<string, StemInput>,
  durationSec: number,
  sampleRate: number,
  startSec = 0,
): Promise<AudioBuffer> {
  // Tone.Offline swaps the global context and only swaps it back if the callback succeeds.
  const previous = Tone.getContext();
  let rendered: Tone.ToneAudioBuffer;
  try {
    rendered = await Tone.Offline(
      (context) => {
        const graph = new MixGraph(context, mix, stems, { meters: false });
        graph.start({ songSec: startSec, ctxTime: 0 });
      },
      durationSec,
      2,
      sampleRate,
    );
  } finally {
    Tone.setContext(previous);
  }
  const buffer = rendered.get();
  if (buffer === undefined) throw new Error('Tone.Offline returned no buffer');
  return buffer;
}
