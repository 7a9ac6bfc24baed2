import { csvText } from './csv';

/** A note as the handoff lists it. */
export interface HandoffNote {
  id: string;
  parentId: string | null;
  version: string;
  author: string;
  startSec: number;
  endSec: number | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Every note of the song, open and resolved, replies after their thread, times in seconds. */
export function notesCsv(notes: readonly HandoffNote[]): string {
  const rows = notes.map((n) => [
    n.id,
    n.parentId ?? '',
    n.version,
    n.author,
    n.startSec.toFixed(3),
    n.endSec === null ? '' : n.endSec.toFixed(3),
    n.resolvedAt ? 'resolved' : 'open',
    n.createdAt.toISOString(),
    n.resolvedAt?.toISOString() ?? '',
    n.body,
  ]);
  return csvText([
    [
      'id',
      'reply_to',
      'version',
      'author',
      'start_sec',
      'end_sec',
      'status',
      'created_at',
      'resolved_at',
      'body',
    ],
    ...rows,
  ]);
}
