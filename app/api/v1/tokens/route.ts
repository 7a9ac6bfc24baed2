import { z } from 'zod';
import { requireUser } from '@/lib/auth/request-user';
import { createAccessToken, listAccessTokens } from '@/lib/auth/tokens';
import { appContext } from '@/lib/context';
import { jsonBody, route } from '@/lib/http/route';
import { parseInput } from '@/lib/validation';

const createTokenInput = z.object({ name: z.string().trim().min(1, 'Give the token a name.').max(100) });

export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ tokens: await listAccessTokens(appContext().db, user.userId) });
});

/** The token's secret is in this response only. */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  const { name } = parseInput(createTokenInput, await jsonBody(req));
  return Response.json(
    { token: await createAccessToken(appContext().db, user.userId, name) },
    { status: 201 },
  );
});
