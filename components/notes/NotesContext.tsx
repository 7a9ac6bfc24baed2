'use client';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { NoteThread, NoteView } from '@/lib/notes/noteView';
import { buildThreads } from '@/lib/notes/threads';
import type { Mentionable } from './mentionAutocomplete';
import { DEFAULT_NOTE_FILTERS, matchesNoteFilters, type NoteFilters } from './noteFilters';
import { type LiveState, useLiveNotes } from './useLiveNotes';

/** A span of the song, e.g. the range selected on the timeline. */
export interface SongRange {
  startSec: number;
  endSec: number;
}

/**
 * The client-side contract between the notes panel and the player/timeline (docs/notes.md):
 * the timeline reads `visibleNotes` (markers for points, shaded spans for ranges), publishes the
 * playhead with `setPlayheadSec` and its selection with `setSelectedRange`, and registers how to
 * seek-and-play with `registerSeekAndPlay`. The panel works on its own until it does.
 */
export interface NotesContextValue {
  songId: string;
  /** The project's members, offered while an @mention is typed. */
  members: readonly Mentionable[];
  /** Every thread of the song, in song order (deleted notes without replies left out). */
  notes: readonly NoteThread[];
  /** The threads the panel's filters let through: what the timeline should draw. */
  visibleNotes: readonly NoteThread[];
  filters: NoteFilters;
  setFilters(filters: NoteFilters): void;
  loaded: boolean;
  live: LiveState;
  error: string | null;
  /** Puts a note the user just wrote into the list without waiting for its event. */
  applyNote(note: NoteView): void;
  /** The playhead as last published (null: no player has said). Cheap to call per frame. */
  getPlayheadSec(): number | null;
  /** The timeline publishes the playhead here; no re-render happens, so call it every frame if you like. */
  setPlayheadSec(atSec: number): void;
  getSelectedRange(): SongRange | null;
  setSelectedRange(range: SongRange | null): void;
  /** Seeks the player to `atSec` and plays (only moves the known playhead until a player registers). */
  seekAndPlay(atSec: number): void;
  /** The player says how to seek and play; returns the function that unregisters it. */
  registerSeekAndPlay(seekAndPlay: (atSec: number) => void): () => void;
  /** The note the user last picked (on the timeline or in the panel), for highlighting. */
  activeNoteId: string | null;
  setActiveNoteId(noteId: string | null): void;
}

const NotesContext = createContext<NotesContextValue | null>(null);
const NO_MEMBERS: readonly Mentionable[] = [];

/** Holds a song's live notes and the playhead contract for everything under it (panel, timeline). */
export function NotesProvider({
  songId,
  members = NO_MEMBERS,
  children,
}: {
  songId: string;
  members?: readonly Mentionable[];
  children: ReactNode;
}) {
  const { store, loaded, live, error, applyNote } = useLiveNotes(songId);
  const [filters, setFilters] = useState<NoteFilters>(DEFAULT_NOTE_FILTERS);
  const [activeNoteId, setActiveNoteId] = useState<string | null>(null);
  // Refs, not state: the playhead moves every frame and must not re-render the page.
  const playheadRef = useRef<number | null>(null);
  const rangeRef = useRef<SongRange | null>(null);
  const seekRef = useRef<((atSec: number) => void) | null>(null);

  const notes = useMemo(() => buildThreads([...store.values()]), [store]);
  const visibleNotes = useMemo(() => notes.filter((t) => matchesNoteFilters(t, filters)), [notes, filters]);

  const seekAndPlay = useCallback((atSec: number) => {
    playheadRef.current = atSec;
    seekRef.current?.(atSec);
  }, []);
  // Stable functions, so a player that subscribes with them is not re-wired on every list change.
  const getPlayheadSec = useCallback(() => playheadRef.current, []);
  const setPlayheadSec = useCallback((atSec: number) => {
    playheadRef.current = atSec;
  }, []);
  const getSelectedRange = useCallback(() => rangeRef.current, []);
  const setSelectedRange = useCallback((range: SongRange | null) => {
    rangeRef.current = range;
  }, []);
  const registerSeekAndPlay = useCallback((fn: (atSec: number) => void) => {
    seekRef.current = fn;
    return () => {
      if (seekRef.current === fn) seekRef.current = null;
    };
  }, []);

  const value = useMemo<NotesContextValue>(
    () => ({
      songId,
      members,
      notes,
      visibleNotes,
      filters,
      setFilters,
      loaded,
      live,
      error,
      applyNote,
      getPlayheadSec,
      setPlayheadSec,
      getSelectedRange,
      setSelectedRange,
      seekAndPlay,
      registerSeekAndPlay,
      activeNoteId,
      setActiveNoteId,
    }),
    [
      songId,
      members,
      notes,
      visibleNotes,
      filters,
      loaded,
      live,
      error,
      applyNote,
      getPlayheadSec,
      setPlayheadSec,
      getSelectedRange,
      setSelectedRange,
      seekAndPlay,
      registerSeekAndPlay,
      activeNoteId,
    ],
  );
  return <NotesContext.Provider value={value}>{children}</NotesContext.Provider>;
}

/** The song's notes contract; throws outside a NotesProvider (a wiring mistake, not a user error). */
export function useNotes(): NotesContextValue {
  const value = useContext(NotesContext);
  if (!value) throw new Error('useNotes() needs a <NotesProvider> above it (the song page mounts one).');
  return value;
}

/** Like useNotes, but null outside a provider: for the timeline, which also renders without notes. */
export function useOptionalNotes(): NotesContextValue | null {
  return useContext(NotesContext);
}
