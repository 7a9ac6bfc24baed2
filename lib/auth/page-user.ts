import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { appContext } from '@/lib/context';
import { readSessionUserFrom, type SessionUser } from './session';

/** The signed-in user of the page being rendered, or null. */
export async function pageUser(): Promise<SessionUser | null> {
  const store = await cookies();
  return readSessionUserFrom((name) => store.get(name)?.value, appContext().config.secret);
}

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await pageUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
