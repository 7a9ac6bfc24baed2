import { requireUser } from '@/lib/auth/request-user';
import { revokeAccessToken } from '@/lib/auth/tokens';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';

export const DELETE = route<{ tokenId: string }>(async (req, { tokenId }) => {
  const user = await requireUser(req);
  const ctx = appContext();
  await revokeAccessToken(ctx.db, user.userId, tokenId);
  // Sessions opened with this token (a script, a DAW plug-in) end now, not at their next reconnect.
  await ctx.onAccessChanged?.({ userId: user.userId, tokenId });
  return new Response(null, { status: 204 });
});
