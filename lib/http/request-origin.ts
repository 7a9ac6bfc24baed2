import 'server-only';
import { appContext } from '@/lib/context';

/**
 * The origin the user reached us at, for links we hand out (invites): the configured public URL, else the
 * request's Host header. Next's own `req.url` carries the port Next was configured with, not the real one.
 */
export function requestOrigin(req: Request): string {
  const configured = appContext().config.publicUrl;
  if (configured) return new URL(configured).origin;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host) return new URL(req.url).origin;
  const proto = req.headers.get('x-forwarded-proto') ?? new URL(req.url).protocol.replace(':', '');
  return `${proto}://${host}`;
}
