'use client';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '@/components/ui/useApi';

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Create, list and revoke personal access tokens for the API and the sync endpoint. */
export function AccessTokens({ initial }: { initial: TokenRow[] }) {
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name') ?? '');
    setError(null);
    try {
      const { token } = await apiRequest<{ token: TokenRow & { token: string } }>('/api/v1/tokens', 'POST', {
        name,
      });
      setCreated(token.token);
      setTokens((all) => [{ ...token, prefix: token.token.slice(0, 12), lastUsedAt: null }, ...all]);
      formElement.reset();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function revoke(id: string) {
    try {
      await apiRequest(`/api/v1/tokens/${id}`, 'DELETE');
      setTokens((all) => all.filter((t) => t.id !== id));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="stack">
      <form className="row" onSubmit={onCreate} aria-label="New access token">
        <label>
          Token name
          <input name="name" required maxLength={100} placeholder="e.g. control surface" />
        </label>
        <button type="submit">Create token</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {created && (
        <label className="card">
          Copy it now: it will not be shown again.
          <input readOnly value={created} aria-label="New token" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {tokens.length === 0 ? (
        <p className="empty">No tokens. Create one to use the REST API or connect a script to a mix.</p>
      ) : (
        <table aria-label="Access tokens">
          <thead>
            <tr>
              <th>Name</th>
              <th>Token</th>
              <th>Created</th>
              <th>Last used</th>
              <th>
                <span className="sr-only">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{new Date(t.createdAt).toLocaleString()}</td>
                <td>{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : 'never'}</td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void revoke(t.id)}
                    aria-label={`Revoke ${t.name}`}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
