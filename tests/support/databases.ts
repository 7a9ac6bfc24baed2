import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '@/db/client';

export interface DatabaseTarget {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; close it with `handle.close()` then `drop()`. */
  open(): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (each open() gets its own database). */
export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [
    {
      name: 'pglite',
      async open() {
        const handle = await openDatabase({ kind: 'pglite' });
        return { handle, drop: async () => {} };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    targets.push({
      name: 'postgres',
      async open() {
        const dbName = `mixroom_t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
        const admin = postgres(url, { max: 1, onnotice: () => {} });
        await admin.unsafe(`CREATE DATABASE "${dbName}"`);
        await admin.end();
        const u = new URL(url);
        u.pathname = `/${dbName}`;
        const handle = await openDatabase({ kind: 'postgres', url: u.toString(), maxConnections: 5 });
        return {
          handle,
          async drop() {
            const a = postgres(url, { max: 1, onnotice: () => {} });
            await a.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
            await a.end();
          },
        };
      },
    });
  }
  return targets;
}
