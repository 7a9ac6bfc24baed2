import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { approvals, projects, type Role, songs, users, type VersionRow, versions } from '@/db/schema';
import { approvalStatus } from '@/lib/approvals/approval-status';

/** A version as the API and the pages show it (without the snapshot bytes). */
export interface VersionSummary {
  id: string;
  songId: string;
  number: number;
  /** "v3". */
  name: string;
  label: string;
  author: { id: string | null; name: string };
  createdAt: string;
  bounce: {
    state: VersionRow['bounceState'];
    progress: number;
    error: string | null;
    sampleRate: number | null;
    durationSec: number | null;
    loudness: VersionRow['loudness'];
    ready: boolean;
  };
  approved: boolean;
  approvedAt: string | null;
  approvals: {
    required: Role[];
    waitingFor: Role[];
    changesRequestedBy: Role[];
    /** Latest decision per user, newest first. */
    latest: {
      userId: string | null;
      name: string;
      role: Role;
      decision: string;
      comment: string;
      at: string;
    }[];
  };
}

/** Columns read for summaries: everything but the snapshot bytes. */
export const summaryColumns = {
  id: versions.id,
  songId: versions.songId,
  number: versions.number,
  label: versions.label,
  authorId: versions.authorId,
  createdAt: versions.createdAt,
  bounceState: versions.bounceState,
  bounceProgress: versions.bounceProgress,
  bounceError: versions.bounceError,
  bounceSha256: versions.bounceSha256,
  bounceSampleRate: versions.bounceSampleRate,
  bounceDurationSec: versions.bounceDurationSec,
  loudness: versions.loudness,
  approvedAt: versions.approvedAt,
} as const;

export type VersionHead = Omit<VersionRow, 'snapshot' | 'mixState'>;

/** Builds summaries of versions (any songs), with authors and approval status, in the order given. */
export async function summarizeVersions(
  db: Database,
  rows: readonly VersionHead[],
): Promise<VersionSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const decisions = await db
    .select({
      versionId: approvals.versionId,
      userId: approvals.userId,
      role: approvals.role,
      decision: approvals.decision,
      comment: approvals.comment,
      createdAt: approvals.createdAt,
      name: users.name,
    })
    .from(approvals)
    .leftJoin(users, eq(users.id, approvals.userId))
    .where(inArray(approvals.versionId, ids))
    .orderBy(asc(approvals.createdAt));
  const songIds = [...new Set(rows.map((r) => r.songId))];
  const required = new Map(
    (
      await db
        .select({ songId: songs.id, roles: projects.requiredApprovalRoles })
        .from(songs)
        .innerJoin(projects, eq(projects.id, songs.projectId))
        .where(inArray(songs.id, songIds))
    ).map((r) => [r.songId, r.roles]),
  );
  const authorIds = [...new Set(rows.map((r) => r.authorId).filter((id): id is string => id !== null))];
  const authors = new Map(
    authorIds.length === 0
      ? []
      : (
          await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds))
        ).map((u) => [u.id, u.name]),
  );
  return rows.map((row) => {
    const mine = decisions.filter((d) => d.versionId === row.id);
    const status = approvalStatus(mine, required.get(row.songId) ?? []);
    return {
      id: row.id,
      songId: row.songId,
      number: row.number,
      name: `v${row.number}`,
      label: row.label,
      author: {
        id: row.authorId,
        name: row.authorId ? (authors.get(row.authorId) ?? 'Someone') : 'A former member',
      },
      createdAt: row.createdAt.toISOString(),
      bounce: {
        state: row.bounceState,
        progress: row.bounceProgress,
        error: row.bounceError,
        sampleRate: row.bounceSampleRate,
        durationSec: row.bounceDurationSec,
        loudness: row.loudness,
        ready: row.bounceState === 'ready' && row.bounceSha256 !== null,
      },
      approved: row.approvedAt !== null,
      approvedAt: row.approvedAt?.toISOString() ?? null,
      approvals: {
        required: required.get(row.songId) ?? [],
        waitingFor: status.waitingFor,
        changesRequestedBy: status.changesRequestedBy,
        latest: status.latest.map((d) => ({
          userId: d.userId,
          name: d.name ?? 'A former member',
          role: d.role,
          decision: d.decision,
          comment: d.comment,
          at: d.createdAt.toISOString(),
        })),
      },
    };
  });
}
