import { requireUser } from '@/lib/auth/request-user';
import { revokeAccessToken } from '@/lib/auth/tokens';
import { appContext } from '@/lib/context';
import { route } from '@/lib/http/route';

export const DELETE = route<{ tokenId: string }>(async (req, { tokenId }) => {
  const user = await requireUser(req);
  await revokeAccessToken(appContext().db, user.userId, tokenId);
  return new Response(null, { status: 204 });
});
