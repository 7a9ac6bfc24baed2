import Link from 'next/link';
import { SignInForm } from '@/components/auth/SignInForm';
import { safeCallbackUrl } from '@/lib/http/callback-url';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <section className="stack">
      <h1>Sign in</h1>
      {params.error && params.error !== 'CredentialsSignin' && (
        <p role="alert" className="error">
          {params.error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} demo={params.demo === '1'} />
      <p className="muted small">
        No account yet? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign up</Link>
      </p>
    </section>
  );
}
