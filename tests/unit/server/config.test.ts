import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@/server/config';

describe('server configuration', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-config-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('uses port 3000, ./data, PGlite, a 2 GiB upload cap and the demo by default', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      maxUploadBytes: 2 * 1024 ** 3,
      demo: true,
    });
  });

  it('generates a session secret once for the embedded database and keeps it in DATA_DIR', () => {
    const dir = tempDir();
    const first = loadConfig({ NODE_ENV: 'production', DATA_DIR: dir });
    const second = loadConfig({ NODE_ENV: 'production', DATA_DIR: dir });
    expect(first.secret).toHaveLength(43);
    expect(second.secret).toBe(first.secret);
    expect(fs.statSync(path.join(dir, 'nextauth-secret')).mode & 0o077).toBe(0);
  });

  it('requires NEXTAUTH_SECRET in production with PostgreSQL', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x', DATA_DIR: tempDir() }),
    ).toThrow(ConfigError);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://localhost/x',
      NEXTAUTH_SECRET: 's3cret',
      DATA_DIR: tempDir(),
    });
    expect(config.secret).toBe('s3cret');
  });

  it('refuses a malformed number with the variable name in the message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATA_DIR: tempDir() })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ MAX_UPLOAD_BYTES: '-5', DATA_DIR: tempDir() })).toThrow(/MAX_UPLOAD_BYTES/);
  });

  it('skips the demo when MIXROOM_DEMO=0', () => {
    expect(loadConfig({ MIXROOM_DEMO: '0', DATA_DIR: tempDir() }).demo).toBe(false);
  });
});
