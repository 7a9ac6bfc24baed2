import * as Tone from 'tone';
import type { MixState } from '../mix/types';
import { MixGraph } from './mixGraph';
import type { StemInput } from './stemAudio';

/** How many progress reports a bounce gives (it suspends the offline context at each). */
const PROGRESS_STEPS = 50;

/**
 * Bounces a mix in the browser with the same graph builder as playback, on an OfflineAudioContext
 * (via Tone.Offline). `stems` maps stem ids to decoded stems (whole, or every segment) at `sampleRate`; `startSec` bounces
 * from a song position (automation is placed exactly as a seek would place it). `onProgress` gets
 * the rendered fraction (0..1) as rendering goes: the context is suspended at evenly spaced render
 * quanta, reported and resumed, which changes nothing in the output.
 */
export async function renderOffline(
  mix: MixState,
  stems: ReadonlyMap<string, StemInput>,
  durationSec: number,
  sampleRate: number,
  startSec = 0,
  onProgress?: (fraction: number) => void,
): Promise<AudioBuffer> {
  // A native OfflineAudioContext under Tone's offline context: its suspend() gives the progress.
  const raw = new OfflineAudioContext(2, Math.floor(durationSec * sampleRate), sampleRate);
  const context = new Tone.OfflineContext(raw);
  // Nodes Tone creates implicitly go to the global context: swap it in while building, then back.
  const previous = Tone.getContext();
  let rendered: Tone.ToneAudioBuffer;
  try {
    Tone.setContext(context);
    const graph = new MixGraph(context, mix, stems, { meters: false });
    graph.start({ songSec: startSec, ctxTime: 0 });
    if (onProgress !== undefined) reportProgress(raw, durationSec, onProgress);
    const rendering = context.render();
    Tone.setContext(previous);
    rendered = await rendering;
  } finally {
    Tone.setContext(previous);
  }
  const buffer = rendered.get();
  if (buffer === undefined) throw new Error('the offline render returned no buffer');
  return buffer;
}

function reportProgress(
  raw: OfflineAudioContext,
  durationSec: number,
  onProgress: (fraction: number) => void,
) {
  const quantum = 128 / raw.sampleRate;
  const seen = new Set<number>();
  for (let k = 1; k < PROGRESS_STEPS; k++) {
    // suspend() takes render-quantum boundaries, each at most once.
    const at = Math.floor((k * durationSec) / PROGRESS_STEPS / quantum) * quantum;
    if (at <= 0 || seen.has(at)) continue;
    seen.add(at);
    raw.suspend(at).then(
      () => {
        onProgress(at / durationSec);
        void raw.resume();
      },
      () => {},
    );
  }
}
