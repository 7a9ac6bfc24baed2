import { AcceptInviteButton } from '@/components/projects/AcceptInviteButton';
import { requirePageUser } from '@/lib/auth/page-user';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { describeInvite } from '@/lib/projects/invites';

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requirePageUser(`/invite/${token}`);
  try {
    const invite = await describeInvite(appContext().db, token);
    return (
      <section className="card stack" style={{ maxWidth: 520 }}>
        <h1>Join “{invite.projectName}”</h1>
        <p>
          You are invited as <span className="badge">{ROLE_LABELS[invite.role]}</span>. The link expires on{' '}
          {invite.expiresAt.toUTCString()}.
        </p>
        <AcceptInviteButton token={token} />
      </section>
    );
  } catch (error) {
    if (error instanceof AppError) {
      return (
        <section className="card stack" style={{ maxWidth: 520 }}>
          <h1>Invite</h1>
          <p role="alert" className="error">
            {error.message}
          </p>
        </section>
      );
    }
    throw error;
  }
}
