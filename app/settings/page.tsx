import { AccessTokens } from '@/components/settings/AccessTokens';
import { requirePageUser } from '@/lib/auth/page-user';
import { listAccessTokens } from '@/lib/auth/tokens';
import { appContext } from '@/lib/context';

export default async function SettingsPage() {
  const user = await requirePageUser('/settings');
  const tokens = await listAccessTokens(appContext().db, user.userId);
  return (
    <section className="stack">
      <h1>Settings</h1>
      <p className="muted">
        Signed in as {user.name} ({user.email}).
      </p>
      <h2>Personal access tokens</h2>
      <p className="muted small">
        Use a token as <code>Authorization: Bearer …</code> with the REST API (see docs/api.md) or as{' '}
        <code>?token=…</code> on the sync endpoint.
      </p>
      <AccessTokens
        initial={tokens.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
        }))}
      />
    </section>
  );
}
