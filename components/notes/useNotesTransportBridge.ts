'use client';
import { useEffect } from 'react';
import { useOptionalNotes } from './NotesContext';

/** What the bridge needs from the player's transport (`components/player/useTransport.ts` fits). */
export interface BridgeableTransport {
  clock: { subscribe(listener: (tick: { atSec: number }) => void): () => void };
  seek(atSec: number): void;
  play(): void;
  /** The range selected on the timeline, if any: N leaves a note on it. */
  loopRange: { startSec: number; endSec: number } | null;
}

/**
 * One line for the player to wire itself to the notes: `useNotesTransportBridge(transport)` in
 * SongPlayer. It publishes the playhead and the selected range, and lets a click on a note seek and
 * play. Does nothing outside a NotesProvider.
 */
export function useNotesTransportBridge(transport: BridgeableTransport): void {
  const notes = useOptionalNotes();
  const { clock, seek, play, loopRange } = transport;
  const setPlayheadSec = notes?.setPlayheadSec;
  const registerSeekAndPlay = notes?.registerSeekAndPlay;
  const setSelectedRange = notes?.setSelectedRange;

  useEffect(() => {
    if (!setPlayheadSec) return;
    return clock.subscribe(({ atSec }) => setPlayheadSec(atSec));
  }, [clock, setPlayheadSec]);

  useEffect(() => {
    if (!registerSeekAndPlay) return;
    return registerSeekAndPlay((atSec) => {
      seek(atSec);
      play();
    });
  }, [registerSeekAndPlay, seek, play]);

  useEffect(() => {
    setSelectedRange?.(loopRange ? { startSec: loopRange.startSec, endSec: loopRange.endSec } : null);
  }, [setSelectedRange, loopRange]);
}
