import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { clearSignInFailures, recordSignInFailure, signInWaitMs } from '@/lib/auth/throttle';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

export const signUpInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address.' })),
  name: z.string().trim().min(1, 'Enter your name.').max(80, 'A name has at most 80 characters.'),
  password: z
    .string()
    .min(8, 'A password has at least 8 characters.')
    .max(200, 'A password has at most 200 characters.'),
});

export type SignUpInput = z.input<typeof signUpInput>;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
}

/** Creates an account; refuses a taken email with a conflict. */
export async function signUp(db: Database, input: unknown): Promise<UserSummary> {
  const { email, name, password } = parseInput(signUpInput, input);
  const passwordHash = await hashPassword(password);
  const rows = await db
    .insert(users)
    .values({ email, name, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name });
  const user = rows[0];
  if (!user) throw new AppError('conflict', 'An account with this email already exists. Sign in instead.');
  return user;
}

/** Checks email + password, throttling repeated failures per email. */
export async function authenticateWithPassword(
  db: Database,
  rawEmail: string,
  password: string,
): Promise<UserSummary> {
  const email = rawEmail.trim().toLowerCase();
  const waitMs = await signInWaitMs(db, email);
  if (waitMs > 0) {
    throw new AppError(
      'too_many_requests',
      `Too many failed sign-ins. Try again in ${Math.ceil(waitMs / 1000)} seconds.`,
    );
  }
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = user ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await recordSignInFailure(db, email);
    throw new AppError('unauthorized', 'Wrong email or password.');
  }
  await clearSignInFailures(db, email);
  return { id: user.id, email: user.email, name: user.name };
}
