import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { databaseTargets } from '../../support/databases';

describe.each(databaseTargets())('database on $name', (target) => {
  it('applies the migrations and stores and reads back a user', async () => {
    const { handle, drop } = await target.open();
    try {
      await handle.db.insert(users).values({ email: 'a@example.com', name: 'A', passwordHash: 'x' });
      const rows = await handle.db.select().from(users).where(eq(users.email, 'a@example.com'));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.name).toBe('A');
    } finally {
      await handle.close();
      await drop();
    }
  });
});
