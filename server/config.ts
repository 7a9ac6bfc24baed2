import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dev: boolean;
  dataDir: string;
  databaseUrl: string | null;
  secret: string;
  publicUrl: string | null;
  maxUploadBytes: number;
  demo: boolean;
  analysisWorkers: number;
}

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** Reads the process configuration from the environment (see README "Configuration"). */
export function loadConfig(env: Env = process.env): ServerConfig {
  const dev = env.NODE_ENV !== 'production';
  const port = parseIntegerVar(env, 'PORT', 3000, 0, 65535);
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const maxUploadBytes = parseIntegerVar(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES, 1024, 1024 ** 4);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dev,
    dataDir,
    databaseUrl,
    secret: resolveSecret(env, dev, databaseUrl, dataDir),
    publicUrl: env.NEXTAUTH_URL?.trim() || null,
    maxUploadBytes,
    demo: env.MIXROOM_DEMO !== '0',
    analysisWorkers: parseIntegerVar(env, 'ANALYSIS_WORKERS', 1, 0, 16),
  };
}

function parseIntegerVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`,
    );
  }
  return value;
}

/**
 * NEXTAUTH_SECRET signs sessions. In production it is required, except with the embedded database, where a
 * secret is generated once and kept beside the data (so sessions survive restarts without set-up).
 */
function resolveSecret(env: Env, dev: boolean, databaseUrl: string | null, dataDir: string): string {
  const given = env.NEXTAUTH_SECRET?.trim();
  if (given) return given;
  if (!dev && databaseUrl) {
    throw new ConfigError(
      'NEXTAUTH_SECRET is required in production with DATABASE_URL (e.g. `openssl rand -base64 32`).',
    );
  }
  const file = path.join(dataDir, 'nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
