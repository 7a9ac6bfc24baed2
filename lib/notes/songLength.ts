import 'server-only';
import { eq, max } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { stems } from '@/db/schema';

/**
 * How far past the song's end a note may sit: players and people round, and a note on the last beat's
 * tail is still about the song.
 */
export const NOTE_END_MARGIN_SEC = 1;

/** The song's length: its longest stem (0 while it has none). */
export async function songLengthSec(db: Database, songId: string): Promise<number> {
  const [row] = await db
    .select({ lengthSec: max(stems.durationSec) })
    .from(stems)
    .where(eq(stems.songId, songId));
  return row?.lengthSec ?? 0;
}
