'use client';
import type { ReactNode } from 'react';
import styles from './player.module.css';
import type { SongAudioState } from './useSongAudio';

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Download progress across all stems (bytes received / total), then the decode step. */
export function LoadProgress({ state }: { state: SongAudioState }) {
  if (state.state === 'error') {
    return (
      <p className="error" role="alert">
        Could not load the stems: {state.message} Reload the page to try again.
      </p>
    );
  }
  if (state.state === 'ready') {
    const { rest } = state;
    if (rest.state === 'failed') {
      return (
        <p className="error" role="alert">
          Could not load the rest of the stems: {rest.message} Playback stops where they end; reload the page
          to try again.
        </p>
      );
    }
    if (rest.state === 'complete') return null;
    const percent = Math.floor(rest.fraction * 100);
    // Playable already: a quiet bar for the remainder (playback waits if it catches up with it).
    return (
      <ProgressLine percent={percent} label="Loading the rest of the stems" announce={false}>
        Playable now; loading the rest: {mb(rest.receivedBytes)} / {mb(rest.totalBytes)} MB ({percent}%)
      </ProgressLine>
    );
  }
  const percent = Math.floor(state.fraction * 100);
  return (
    <ProgressLine percent={percent} label="Loading the stems" announce>
      {state.decoding
        ? 'Decoding the stems…'
        : `Loading stems: ${mb(state.receivedBytes)} / ${mb(state.totalBytes)} MB (${percent}%)`}
    </ProgressLine>
  );
}

/** A progress bar with a line of text; `announce` makes screen readers read changes out. */
function ProgressLine({
  percent,
  label,
  announce,
  children,
}: {
  percent: number;
  label: string;
  announce: boolean;
  children: ReactNode;
}) {
  return (
    <div className={styles.loading} role="status" aria-live={announce ? 'polite' : 'off'}>
      <progress
        max={100}
        value={percent}
        aria-label={label}
        data-testid="stem-progress"
        data-percent={percent}
      />
      <span className="small muted">{children}</span>
    </div>
  );
}
