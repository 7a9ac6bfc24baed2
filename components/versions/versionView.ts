import type { VersionSummary } from '@/lib/versions/version-summary';

/** A version as GET /api/v1/songs/:songId/versions returns it (plain JSON). */
export type VersionView = VersionSummary;

/** What the signed-in member may do on the versions page (decided by the server with `can`). */
export interface VersionPermissions {
  save: boolean;
  restore: boolean;
  approve: boolean;
  handoff: boolean;
}

/** "-14.2 LUFS" or a dash. */
export const formatFigure = (value: number | null | undefined, unit: string): string =>
  value == null ? '–' : `${value.toFixed(1)} ${unit}`;
