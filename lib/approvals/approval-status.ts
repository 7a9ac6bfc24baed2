import type { Role } from '@/db/schema/projects';
import type { ApprovalDecision } from '@/db/schema/versions';

/** One decision as the rule sees it. */
export interface DecisionInput {
  userId: string | null;
  role: Role;
  decision: ApprovalDecision;
  createdAt: Date;
}

/** Where a version stands with the project's required roles. */
export interface ApprovalStatus<T extends DecisionInput = DecisionInput> {
  /** Every required role has an approval and no request for changes (latest decision per user). */
  approved: boolean;
  /** The latest decision of each user, newest first. */
  latest: T[];
  /** Required roles still missing an approval. */
  waitingFor: Role[];
  /** Required roles where someone's latest decision is "request changes". */
  changesRequestedBy: Role[];
}

/**
 * The approval rule, in one place: only each user's latest decision counts; a version is approved when,
 * for every required role, at least one member in that role approves and none in that role asks for changes.
 */
export function approvalStatus<T extends DecisionInput>(
  decisions: readonly T[],
  requiredRoles: readonly Role[],
): ApprovalStatus<T> {
  const byUser = new Map<string, T>();
  const sorted = [...decisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  sorted.forEach((d, i) => {
    // A deleted user's decisions stay in the history but each counts on its own.
    byUser.set(d.userId ?? `deleted-${i}`, d);
  });
  const latest = [...byUser.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const waitingFor = requiredRoles.filter(
    (role) => !latest.some((d) => d.role === role && d.decision === 'approve'),
  );
  const changesRequestedBy = requiredRoles.filter((role) =>
    latest.some((d) => d.role === role && d.decision === 'request_changes'),
  );
  const approved = requiredRoles.length > 0 && waitingFor.length === 0 && changesRequestedBy.length === 0;
  return { approved, latest, waitingFor, changesRequestedBy };
}
