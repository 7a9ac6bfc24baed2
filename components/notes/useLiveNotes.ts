'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { subscribeSongEvents } from '@/components/song/songEventSource';
import type { NoteThread, NoteView } from '@/lib/notes/noteView';
import { type NoteStore, parseNoteChanged, storeFromThreads, upsertNote } from './noteStore';

/** Where the live feed stands: first load, live, or waiting for the browser to reconnect it. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/**
 * A song's notes kept current: the list is fetched whenever the event stream (re)opens (its `ready`
 * event), and every `note.changed` event patches it by id. Events that arrive while a fetch is in
 * flight are replayed on top of its answer, so a slow fetch never rolls a change back.
 */
export function useLiveNotes(songId: string) {
  const [store, setStore] = useState<NoteStore>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [live, setLive] = useState<LiveState>('connecting');
  const [error, setError] = useState<string | null>(null);
  const pendingEvents = useRef<NoteView[] | null>(null);

  const refetch = useCallback(async () => {
    pendingEvents.current = [];
    try {
      const response = await fetch(`/api/v1/songs/${songId}/notes`, { cache: 'no-store' });
      const payload = (await response.json()) as { notes?: NoteThread[]; error?: { message: string } };
      if (!response.ok || !payload.notes)
        throw new Error(payload.error?.message ?? 'The notes did not load.');
      const during = pendingEvents.current ?? [];
      setStore(during.reduce(upsertNote, storeFromThreads(payload.notes)));
      setLoaded(true);
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      pendingEvents.current = null;
    }
  }, [songId]);

  useEffect(() => {
    const subscription = subscribeSongEvents(songId, {
      ready: () => {
        setLive('live');
        void refetch();
      },
      'note.changed': (message) => {
        const event = parseNoteChanged(message.data);
        if (!event) return;
        pendingEvents.current?.push(event.note);
        setStore((current) => upsertNote(current, event.note));
      },
      // EventSource reconnects by itself after an error; the next `ready` refetches what we missed.
      // A refused stream (signed out, removed from the project) is closed for good: fetch once so the
      // panel can say why.
      error: () => {
        if (subscription.readyState() !== EventSource.CLOSED) {
          setLive('reconnecting');
          return;
        }
        setLive('closed');
        void refetch();
      },
    });
    return () => subscription.close();
  }, [songId, refetch]);

  /** Puts a note we just wrote into the list at once (its event will say the same again). */
  const applyNote = useCallback((note: NoteView) => setStore((current) => upsertNote(current, note)), []);

  return { store, loaded, live, error, applyNote, refetch };
}
