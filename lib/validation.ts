import type { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Parses untrusted input with a zod schema; the first problem becomes a 400 with a readable message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new AppError('bad_request', `${where}${issue?.message ?? 'Invalid input.'}`);
}
