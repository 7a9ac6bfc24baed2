import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { openDatabase } from '@/db/client';
import { songs, stems } from '@/db/schema';
import { MIX_ROOT_KEY, readMix } from '@/lib/mix';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { formatMixRoom } from '@/lib/sync/roomName';
import type { ServerConfig } from '@/server/config';
import { bounceToWav } from '@/server/jobs/bounce-render';
import { createDrizzleUpdateStore } from '@/server/sync/drizzleUpdateStore';

/**
 * Bounces a stored song's live mix (as the sync server last stored it) with the reference renderer.
 * With the embedded database, stop the server first: PGlite's files belong to one process at a time.
 */
export async function renderStoredSong(options: {
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>;
  songId: string;
  outPath: string;
}): Promise<
  | { ok: true; value: { frames: number; sampleRate: number; integratedLufs: number | null } }
  | { ok: false; error: string }
> {
  const { config } = options;
  const handle = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, maxConnections: 2 })
    : await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
  try {
    const [song] = await handle.db.select().from(songs).where(eq(songs.id, options.songId));
    if (!song) return { ok: false, error: `No song with id ${options.songId}.` };
    const stored = await createDrizzleUpdateStore(handle.db).load(formatMixRoom(song.id));
    const doc = new Y.Doc();
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    if (!doc.getMap(MIX_ROOT_KEY).has('schemaVersion')) {
      return {
        ok: false,
        error: `“${song.title}” has no mix yet: open it in Mixroom once, or upload stems.`,
      };
    }
    const blobs = createLocalBlobStore(path.join(config.dataDir, 'blobs'));
    const rows = await handle.db
      .select()
      .from(stems)
      .where(eq(stems.songId, song.id))
      .orderBy(asc(stems.createdAt));
    const result = await bounceToWav({
      mix: readMix(doc),
      stems: rows.map((s) => ({ id: s.id, path: blobs.localPath(s.sha256), format: s.format })),
      outPath: options.outPath,
    });
    if (!result.ok) return result;
    return {
      ok: true,
      value: {
        frames: result.value.frames,
        sampleRate: result.value.sampleRate,
        integratedLufs: result.value.analysis.integratedLufs,
      },
    };
  } finally {
    await handle.close();
  }
}
