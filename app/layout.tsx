import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/SignOutButton';
import { MentionsLink } from '@/components/notes/MentionsLink';
import { pageUser } from '@/lib/auth/page-user';
import './globals.css';

export const metadata: Metadata = {
  title: 'Mixroom',
  description: 'Collaborative mix review: one mix, heard the same everywhere.',
};

export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await pageUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Mix<span>room</span>
          </Link>
          <nav aria-label="Main">
            {user ? (
              <>
                <Link href="/projects">Projects</Link>
                <MentionsLink />
                <Link href="/settings">Settings</Link>
                <span className="muted small">{user.name}</span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/signin">Sign in</Link>
                <Link href="/signup" className="button">
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
