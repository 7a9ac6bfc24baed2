import { signUp } from '@/lib/accounts/service';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';

export const POST = route(async (req) => {
  const user = await signUp(appContext().db, await jsonBody(req));
  return Response.json({ user }, { status: 201 });
});
