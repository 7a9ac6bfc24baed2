/** A stem as the song page knows it (the `stems` of `GET /api/v1/songs/:songId`). */
export interface SongStem {
  id: string;
  name: string;
  durationSec: number;
  sampleRate: number;
  channels: number;
  sizeBytes: number;
  analysis: {
    state: 'queued' | 'analysing' | 'ready' | 'failed';
    progress: number;
    error: string | null;
    hasPeaks: boolean;
  };
}

/** The song's length: its longest stem. */
export const songDurationSec = (stems: readonly SongStem[]): number =>
  stems.reduce((longest, s) => Math.max(longest, s.durationSec), 0);
