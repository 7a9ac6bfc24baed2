import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { songs, stems } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { authorize, authorizeSong } from '@/lib/projects/access';
import { parseInput } from '@/lib/validation';

export const createSongInput = z.object({
  title: z.string().trim().min(1, 'Give the song a title.').max(200, 'A title has at most 200 characters.'),
});

/** Creates a song in a project (owner and mix engineer). */
export async function createSong(db: Database, userId: string, projectId: string, input: unknown) {
  await authorize(db, userId, projectId, 'songs.create');
  const { title } = parseInput(createSongInput, input);
  const existing = await db.select({ id: songs.id }).from(songs).where(eq(songs.projectId, projectId));
  const [song] = await db.insert(songs).values({ projectId, title, position: existing.length }).returning();
  await recordActivity(db, {
    projectId,
    actorId: userId,
    kind: 'song.created',
    payload: { songId: song!.id, title },
  });
  return { id: song!.id, title: song!.title };
}

/** Public shape of a stem in lists and the API. */
export function stemSummary(stem: typeof stems.$inferSelect) {
  return {
    id: stem.id,
    name: stem.name,
    fileName: stem.fileName,
    format: stem.format,
    durationSec: stem.durationSec,
    sampleRate: stem.sampleRate,
    channels: stem.channels,
    bitDepth: stem.bitDepth,
    sizeBytes: stem.sizeBytes,
    analysis: {
      state: stem.analysisState,
      progress: stem.analysisProgress,
      error: stem.analysisError,
      loudness: stem.loudness,
      hasPeaks: stem.peaksSha256 !== null,
    },
  };
}

/** The songs of a project with their stems, in order. */
export async function listSongs(db: Database, userId: string, projectId: string) {
  await authorize(db, userId, projectId, 'project.read');
  const songRows = await db
    .select()
    .from(songs)
    .where(eq(songs.projectId, projectId))
    .orderBy(asc(songs.position));
  const stemRows =
    songRows.length === 0
      ? []
      : await db
          .select()
          .from(stems)
          .where(
            inArray(
              stems.songId,
              songRows.map((s) => s.id),
            ),
          )
          .orderBy(asc(stems.createdAt), asc(stems.name));
  return songRows.map((song) => ({
    id: song.id,
    title: song.title,
    stems: stemRows.filter((s) => s.songId === song.id).map(stemSummary),
  }));
}

/** One song with its stems and the user's role. */
export async function getSong(db: Database, userId: string, songId: string) {
  const { projectId, role } = await authorizeSong(db, userId, songId, 'project.read');
  const [song] = await db.select().from(songs).where(eq(songs.id, songId));
  const stemRows = await db
    .select()
    .from(stems)
    .where(eq(stems.songId, songId))
    .orderBy(asc(stems.createdAt), asc(stems.name));
  return { id: song!.id, title: song!.title, projectId, role, stems: stemRows.map(stemSummary) };
}
