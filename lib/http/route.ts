import 'server-only';
import { AppError, errorResponse } from '@/lib/errors';

type Params = Record<string, string | string[]>;
export type RouteContext<P extends Params> = { params: Promise<P> };

/** Wraps a route handler so every thrown error becomes `{ error: { code, message } }` with its status. */
export function route<P extends Params>(
  handler: (req: Request, params: P) => Promise<Response>,
): (req: Request, ctx: RouteContext<P>) => Promise<Response> {
  return async (req, ctx) => {
    try {
      return await handler(req, await ctx.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body; a body that is not JSON is a 400, never a crash. */
export async function jsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
