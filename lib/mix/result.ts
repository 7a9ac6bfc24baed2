/** Outcome of an operation that can fail in an expected way (bad input, unknown id). */
export type Result<T, E = MixError> = { ok: true; value: T } | { ok: false; error: E };

/** Why a mix writer or parser refused its input. The document is untouched when this is returned. */
export interface MixError {
  code: 'out-of-range' | 'invalid' | 'not-found' | 'not-initialised';
  message: string;
}

/** Wraps a successful value. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an expected failure. */
export const fail = (code: MixError['code'], message: string): Result<never, MixError> => ({
  ok: false,
  error: { code, message },
});
