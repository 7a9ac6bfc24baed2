import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticateWithPassword } from '@/lib/accounts/service';
import { appContext } from '@/lib/context';
import { AppError } from '@/lib/errors';

/** next-auth (v4) options: email + password, JWT sessions of 30 days. */
export function authOptions(): AuthOptions {
  const { db, config } = appContext();
  return {
    secret: config.secret,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          try {
            const user = await authenticateWithPassword(
              db,
              credentials?.email ?? '',
              credentials?.password ?? '',
            );
            return { id: user.id, name: user.name, email: user.email };
          } catch (error) {
            // next-auth hands an Error's message to the sign-in form as `error`.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
  };
}
