/** Outcome of an operation that can fail for an expected reason (bad input), carrying a readable message. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a success value. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an expected failure; `error` is a sentence a user can read. */
export const err = (error: string): Result<never> => ({ ok: false, error });
