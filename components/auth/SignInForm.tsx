'use client';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { FormError } from '@/components/ui/FormError';
import { useFormAction } from '@/components/ui/useFormAction';

/** Signs in through next-auth's credentials flow and shows the server's refusal (wrong password, throttled). */
export async function signInOrThrow(email: string, password: string): Promise<void> {
  const result = await signIn('credentials', { email, password, redirect: false });
  if (!result || result.error) {
    throw new Error(
      result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Wrong email or password.',
    );
  }
}

export function SignInForm({ callbackUrl, demo }: { callbackUrl: string; demo: boolean }) {
  const router = useRouter();
  const { onSubmit, error, busy } = useFormAction(async (form) => {
    await signInOrThrow(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Sign in">
      <label>
        Email
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={demo ? 'demo@mixroom.dev' : ''}
        />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          defaultValue={demo ? 'listen-to-the-mix' : ''}
        />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
