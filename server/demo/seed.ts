import type { AppContext } from '@/lib/context';

/** Creates the demo account and project on an empty database (filled in once the demo song exists). */
export async function seedDemo(_ctx: AppContext, _log: Pick<Console, 'log'>): Promise<void> {}
