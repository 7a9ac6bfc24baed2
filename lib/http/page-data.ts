import 'server-only';
import { AppError, type ErrorCode } from '@/lib/errors';

/** What a page loaded, or the refusal to show in its place (not a member, no such song, …). */
export type PageData<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

/**
 * Runs a page's loads. A refusal (an `AppError`: forbidden, not found, …) becomes its message for the
 * page to show instead of its content; anything else goes on to the error boundary.
 */
export async function loadPage<T>(load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
