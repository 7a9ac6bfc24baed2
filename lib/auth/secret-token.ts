import { createHash, randomBytes } from 'node:crypto';

/** A random secret with a readable prefix, e.g. `mxr_pat_…`; only its sha256 is ever stored. */
export function newSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

/** sha256 hex of a token: what the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
