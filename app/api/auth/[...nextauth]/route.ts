import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

const handler = (req: Request, ctx: Ctx) => NextAuth(req as never, ctx, authOptions());

export { handler as GET, handler as POST };
