import { requireUser } from '@/lib/auth/request-user';
import { route } from '@/lib/http/route';

export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ user: { id: user.userId, name: user.name, email: user.email } });
});
