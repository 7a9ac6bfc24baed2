/** "Approved" (locked) or what the version still waits for, with role names as the project says them. */
export function ApprovalBadge({
  approved,
  waitingFor,
  changesRequestedBy,
  roleLabels,
}: {
  approved: boolean;
  waitingFor: string[];
  changesRequestedBy: string[];
  roleLabels: Record<string, string>;
}) {
  if (approved)
    return (
      <span className="badge" data-testid="approved-badge" title="Approved and locked">
        Approved · locked
      </span>
    );
  const label = (roles: string[]) => roles.map((r) => roleLabels[r] ?? r).join(', ');
  return (
    <span className="muted small">
      {changesRequestedBy.length > 0 && (
        <span className="error">Changes requested by {label(changesRequestedBy)}. </span>
      )}
      {waitingFor.length > 0 ? `Waiting for ${label(waitingFor)}` : ''}
    </span>
  );
}
