import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors';
import { describeChange, diffMix, type MixChange, parseMixState } from '@/lib/mix';
import { authorizeVersion } from './get-version';
import { type LoudnessMatch, loudnessMatch } from './loudness-match';
import { summarizeVersions, type VersionSummary } from './version-summary';

/** What changed from version A to version B, parameter by parameter, in words, and their loudness match. */
export interface VersionComparison {
  a: VersionSummary;
  b: VersionSummary;
  changes: (MixChange & { text: string })[];
  loudness: LoudnessMatch | null;
}

/** Compares two versions of the same song (readers of the project). */
export async function compareVersions(
  db: Database,
  userId: string,
  versionIdA: string,
  versionIdB: string,
): Promise<VersionComparison> {
  const a = await authorizeVersion(db, userId, versionIdA, 'project.read');
  const b = await authorizeVersion(db, userId, versionIdB, 'project.read');
  if (a.version.songId !== b.version.songId)
    throw new AppError('bad_request', 'Compare two versions of the same song.');
  const mixA = parseMixState(a.version.mixState);
  const mixB = parseMixState(b.version.mixState);
  if (!mixA.ok || !mixB.ok) throw new AppError('internal', 'A saved version holds an unreadable mix.');
  const changes = diffMix(mixA.value, mixB.value).map((change) => ({
    ...change,
    text: describeChange(change),
  }));
  const [sa, sb] = await summarizeVersions(db, [a.version, b.version]);
  return {
    a: sa!,
    b: sb!,
    changes,
    loudness: loudnessMatch(sa!.bounce.loudness?.integratedLufs, sb!.bounce.loudness?.integratedLufs),
  };
}
