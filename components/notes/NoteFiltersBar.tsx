'use client';
import { useMemo } from 'react';
import type { NoteThread } from '@/lib/notes/noteView';
import { useNotes } from './NotesContext';
import styles from './notes.module.css';

/** Status, person and version filters; people and versions are the ones the song's notes mention. */
export function NoteFiltersBar() {
  const { notes, filters, setFilters } = useNotes();
  const { people, versionIds } = useMemo(() => choicesOf(notes), [notes]);
  return (
    <fieldset className={styles.filters}>
      <legend className="sr-only">Filter notes</legend>
      <label>
        Show
        <select
          value={filters.status}
          onChange={(e) => setFilters({ ...filters, status: e.target.value as typeof filters.status })}
        >
          <option value="all">All notes</option>
          <option value="open">Open</option>
          <option value="resolved">Resolved</option>
        </select>
      </label>
      <label>
        By
        <select
          value={filters.authorId}
          onChange={(e) => setFilters({ ...filters, authorId: e.target.value })}
        >
          <option value="all">Everyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        On
        <select
          value={filters.versionId}
          onChange={(e) => setFilters({ ...filters, versionId: e.target.value })}
        >
          <option value="all">All versions</option>
          <option value="live">Live mix</option>
          {versionIds.map((id) => (
            <option key={id} value={id}>
              Version {id.slice(0, 8)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

function choicesOf(notes: readonly NoteThread[]) {
  const people = new Map<string, string>();
  const versionIds = new Set<string>();
  for (const note of notes) {
    if (note.author) people.set(note.author.id, note.author.name);
    if (note.versionId !== null) versionIds.add(note.versionId);
  }
  return {
    people: [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    versionIds: [...versionIds].sort(),
  };
}
