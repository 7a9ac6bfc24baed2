import Link from 'next/link';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { safeCallbackUrl } from '@/lib/http/callback-url';

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <section className="stack">
      <h1>Create your account</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="muted small">
        Already have one? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </section>
  );
}
