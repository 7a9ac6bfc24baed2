import type * as Y from 'yjs';
import { addTrack, initMixDocument, readMix } from '@/lib/mix';

/** Gives a newly uploaded stem its track in the song's mix (once: a stem already on a track is left alone). */
export function ensureTrackForStem(doc: Y.Doc, stem: { id: string; name: string }): void {
  if (initMixDocument(doc, [stem])) return;
  if (readMix(doc).tracks.some((track) => track.stemId === stem.id)) return;
  addTrack(doc, stem);
}
