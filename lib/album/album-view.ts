import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { projects, songs, versions } from '@/db/schema';
import { authorize } from '@/lib/projects/access';
import { summarizeVersions, summaryColumns, type VersionSummary } from '@/lib/versions/version-summary';

/** A song is flagged when its integrated loudness is further than this from the album's median. */
export const ALBUM_OUTLIER_LU = 2;

export interface AlbumSong {
  songId: string;
  title: string;
  /** The latest approved version, else the latest version; null when the song has none yet. */
  version: VersionSummary | null;
  integratedLufs: number | null;
  loudnessRangeLu: number | null;
  truePeakDbtp: number | null;
  /** This song's loudness minus the album median (null when either is unknown). */
  fromMedianLu: number | null;
  outlier: boolean;
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every song of a project side by side with its chosen version's loudness, and the ones that stand out. */
export async function albumView(db: Database, userId: string, projectId: string) {
  await authorize(db, userId, projectId, 'project.read');
  const [project] = await db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId));
  const songRows = await db
    .select({ id: songs.id, title: songs.title })
    .from(songs)
    .where(eq(songs.projectId, projectId))
    .orderBy(asc(songs.position), asc(songs.createdAt));
  const rows =
    songRows.length === 0
      ? []
      : await db
          .select(summaryColumns)
          .from(versions)
          .where(
            inArray(
              versions.songId,
              songRows.map((s) => s.id),
            ),
          )
          .orderBy(desc(versions.number));
  const chosen = songRows.map((song) => {
    const mine = rows.filter((r) => r.songId === song.id);
    return mine.find((r) => r.approvedAt !== null) ?? mine[0] ?? null;
  });
  const summaries = await summarizeVersions(
    db,
    chosen.filter((c) => c !== null),
  );
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const figures = chosen.map((c) => (c ? (byId.get(c.id)?.bounce.loudness ?? null) : null));
  const albumMedian = median(
    figures.map((f) => f?.integratedLufs).filter((v): v is number => v !== null && v !== undefined),
  );
  const list: AlbumSong[] = songRows.map((song, i) => {
    const version = chosen[i] ? (byId.get(chosen[i]!.id) ?? null) : null;
    const f = figures[i];
    const lufs = f?.integratedLufs ?? null;
    const fromMedianLu = lufs !== null && albumMedian !== null ? lufs - albumMedian : null;
    return {
      songId: song.id,
      title: song.title,
      version,
      integratedLufs: lufs,
      loudnessRangeLu: f?.loudnessRangeLu ?? null,
      truePeakDbtp: f?.truePeakDbtp ?? null,
      fromMedianLu,
      outlier: fromMedianLu !== null && Math.abs(fromMedianLu) > ALBUM_OUTLIER_LU,
    };
  });
  return {
    projectId,
    name: project?.name ?? '',
    medianLufs: albumMedian,
    outlierLu: ALBUM_OUTLIER_LU,
    songs: list,
  };
}
