/** A version as GET /api/v1/songs/:songId/versions returns it (plain JSON, see lib/versions/version-summary.ts). */
export interface VersionView {
  id: string;
  songId: string;
  number: number;
  name: string;
  label: string;
  author: { id: string | null; name: string };
  createdAt: string;
  bounce: {
    state: 'queued' | 'rendering' | 'ready' | 'failed';
    progress: number;
    error: string | null;
    sampleRate: number | null;
    durationSec: number | null;
    loudness: {
      integratedLufs: number | null;
      loudnessRangeLu: number | null;
      truePeakDbtp: number | null;
    } | null;
    ready: boolean;
  };
  approved: boolean;
  approvedAt: string | null;
  approvals: {
    required: string[];
    waitingFor: string[];
    changesRequestedBy: string[];
    latest: {
      userId: string | null;
      name: string;
      role: string;
      decision: string;
      comment: string;
      at: string;
    }[];
  };
}

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
