'use client';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/ui/FormError';
import { apiRequest } from '@/components/ui/useApi';
import { useFormAction } from '@/components/ui/useFormAction';
import { signInOrThrow } from './SignInForm';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { onSubmit, error, busy } = useFormAction(async (form) => {
    const body = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    await apiRequest('/api/v1/signup', 'POST', body);
    await signInOrThrow(body.email, body.password);
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Sign up">
      <label>
        Name
        <input name="name" autoComplete="name" required maxLength={80} />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password (8 characters or more)
        <input name="password" type="password" autoComplete="new-password" required minLength={8} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {busy ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
