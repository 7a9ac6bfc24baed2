import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { stems } from '@/db/schema';
import { initMixDocument } from '@/lib/mix/initMixDocument';
import type { InitDocument } from './roomRegistry';

/** An `initDocument` for mix rooms: one track per stem the song already has, in upload order. */
export function createMixInitializer(db: Database): InitDocument {
  return async (doc, songId) => {
    const rows = await db
      .select({ id: stems.id, name: stems.name })
      .from(stems)
      .where(eq(stems.songId, songId))
      .orderBy(asc(stems.createdAt), asc(stems.id));
    initMixDocument(doc, rows);
  };
}
