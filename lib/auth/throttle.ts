import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { signInFailures } from '@/db/schema';

/** Failures allowed before an email is locked out; each further failure doubles the lock. */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;
const WINDOW_MS = 15 * 60_000;

/** Milliseconds the email must still wait before trying again (0 = may try now). */
export async function signInWaitMs(db: Database, email: string, now = new Date()): Promise<number> {
  const [row] = await db.select().from(signInFailures).where(eq(signInFailures.email, email));
  if (!row?.lockedUntil) return 0;
  return Math.max(0, row.lockedUntil.getTime() - now.getTime());
}

/** Records a failed sign-in and locks the email once it has failed too often within the window. */
export async function recordSignInFailure(db: Database, email: string, now = new Date()): Promise<void> {
  const [row] = await db.select().from(signInFailures).where(eq(signInFailures.email, email));
  const fresh = !row || now.getTime() - row.firstFailureAt.getTime() > WINDOW_MS;
  const failures = fresh ? 1 : row.failures + 1;
  const firstFailureAt = fresh ? now : row.firstFailureAt;
  const lockMs =
    failures >= FREE_FAILURES ? Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - FREE_FAILURES)) : 0;
  const lockedUntil = lockMs > 0 ? new Date(now.getTime() + lockMs) : null;
  await db
    .insert(signInFailures)
    .values({ email, failures, firstFailureAt, lockedUntil })
    .onConflictDoUpdate({ target: signInFailures.email, set: { failures, firstFailureAt, lockedUntil } });
}

/** Forgets the failures of an email after a successful sign-in. */
export async function clearSignInFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}
