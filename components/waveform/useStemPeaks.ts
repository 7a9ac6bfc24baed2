'use client';
import { useEffect, useRef, useState } from 'react';
import type { SongStem } from '@/components/player/songStem';
import { useLiveStems } from '@/components/stems/useLiveStems';
import type { Peaks } from '@/lib/audio/peaks';
import { decodePeaks } from '@/lib/audio/peaks-codec';

/** A stem's waveform overview as far as it is known. */
export type StemPeaks =
  | { state: 'analysing'; progress: number }
  | { state: 'ready'; peaks: Peaks }
  | { state: 'failed'; message: string };

/**
 * Peaks of every stem: fetched once analysed (`GET /api/v1/stems/:id/peaks`, immutable, so the HTTP
 * cache serves them on later visits); the song's stem list follows its event stream (`useLiveStems`),
 * so a waveform appears as soon as the analysis is done.
 */
export function useStemPeaks(songId: string, initial: readonly SongStem[]): ReadonlyMap<string, StemPeaks> {
  const stems = useLiveStems(songId, initial);
  const [peaks, setPeaks] = useState<ReadonlyMap<string, StemPeaks>>(new Map());

  // Stems whose peaks were requested already (a ref, so a re-render never fetches twice).
  const requested = useRef(new Set<string>());
  useEffect(() => {
    for (const stem of stems) {
      if (stem.analysis.hasPeaks) {
        if (requested.current.has(stem.id)) continue;
        requested.current.add(stem.id);
        void fetchPeaks(stem.id).then((p) => setPeaks((m) => withEntry(m, stem.id, p)));
      } else if (stem.analysis.state === 'failed') {
        const message = stem.analysis.error ?? 'The analysis failed.';
        setPeaks((m) => withEntry(m, stem.id, { state: 'failed', message }));
      } else {
        setPeaks((m) => withEntry(m, stem.id, { state: 'analysing', progress: stem.analysis.progress }));
      }
    }
  }, [stems]);

  return peaks;
}

const withEntry = (
  map: ReadonlyMap<string, StemPeaks>,
  id: string,
  value: StemPeaks,
): ReadonlyMap<string, StemPeaks> => {
  const before = map.get(id);
  if (before?.state === value.state && before.state !== 'analysing') return map;
  if (before?.state === 'analysing' && value.state === 'analysing' && before.progress === value.progress)
    return map;
  return new Map(map).set(id, value);
};

async function fetchPeaks(stemId: string): Promise<StemPeaks> {
  const response = await fetch(`/api/v1/stems/${encodeURIComponent(stemId)}/peaks`).catch(() => null);
  if (!response?.ok) return { state: 'failed', message: 'Could not load the waveform.' };
  const decoded = decodePeaks(new Uint8Array(await response.arrayBuffer()));
  return decoded.ok ? { state: 'ready', peaks: decoded.value } : { state: 'failed', message: decoded.error };
}
