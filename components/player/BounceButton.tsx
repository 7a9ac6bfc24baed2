'use client';
import { useState } from 'react';
import type { MixState } from '@/lib/mix';
import { type BouncePhase, bounceFileName, bounceToWav, downloadBlob } from './bounceToWav';
import type { SongAudio } from './loadSongAudio';
import styles from './player.module.css';

type BounceState = { phase: 'idle' } | BouncePhase | { phase: 'error'; message: string };

/** Renders the current mix in the browser and downloads it as `<song title> (bounce).wav`. */
export function BounceButton({
  songTitle,
  mix,
  audio,
  durationSec,
}: {
  songTitle: string;
  mix: MixState | null;
  audio: SongAudio | null;
  durationSec: number;
}) {
  const [state, setState] = useState<BounceState>({ phase: 'idle' });
  const busy = state.phase === 'rendering' || state.phase === 'encoding';
  const start = async () => {
    if (mix === null || audio === null || busy) return;
    try {
      const blob = await bounceToWav(mix, audio.stems, durationSec, audio.context.sampleRate, setState);
      downloadBlob(blob, bounceFileName(songTitle));
      setState({ phase: 'idle' });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className={styles.bounce}>
      <button
        type="button"
        className="secondary"
        onClick={start}
        disabled={mix === null || audio === null || busy}
        aria-label="Bounce the mix to a 24-bit WAV file"
        title={
          audio === null
            ? 'The bounce is available once every stem has loaded'
            : 'Render the current mix in the browser and download it (24-bit WAV)'
        }
      >
        ⤓ Bounce WAV
      </button>
      {busy && (
        <span className={styles.bounceProgress} role="status">
          {state.phase === 'rendering' ? (
            <>
              <progress aria-label="Rendering the mix" max={1} value={state.fraction} /> Rendering{' '}
              {Math.round(state.fraction * 100)}%
            </>
          ) : (
            <>
              <progress aria-label="Encoding the WAV" max={1} value={state.fraction} /> Encoding{' '}
              {Math.round(state.fraction * 100)}%
            </>
          )}
        </span>
      )}
      {state.phase === 'error' && (
        <span className="error small" role="alert">
          Bounce failed: {state.message}
        </span>
      )}
    </div>
  );
}
