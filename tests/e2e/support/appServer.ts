import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface AppServer {
  /** `http://localhost:<port>`: use localhost so the session cookie and the Origin check agree. */
  url: string;
  port: number;
  dataDir: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** SIGTERM (the server flushes rooms), SIGKILL after `graceMs`, then removes the data dir. */
  stop(graceMs?: number): Promise<void>;
}

export interface AppServerOptions {
  /** Seed the demo account and song (`MIXROOM_DEMO`); default true. */
  demo?: boolean;
  /** Extra environment variables for the process. */
  env?: Record<string, string>;
  /** How long to wait for "listening"; default 180 s (the demo song is synthesised at first start). */
  startTimeoutMs?: number;
}

/**
 * Starts the built app (`next build` must have run) as a child process on a free port (PORT=0) with a
 * fresh temporary DATA_DIR, and resolves once it prints the URL it listens on.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  try {
    await fs.access(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'));
  } catch {
    throw new Error('No production build found: run `npx next build` before the e2e tests.');
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mixroom-e2e-'));
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['--tsconfig', 'tsconfig.server.json', 'server/index.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: '0',
        DATA_DIR: dataDir,
        MIXROOM_DEMO: options.demo === false ? '0' : '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the server in a child process, and stop() must reach both.
      detached: true,
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The app server did not start in time:\n${output}`)),
      options.startTimeoutMs ?? 180_000,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app server exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await killAndWait(child, 0);
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: `http://localhost:${port}`,
    port,
    dataDir,
    output: () => output,
    async stop(graceMs = 10_000) {
      await killAndWait(child, graceMs);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sends a signal to the child's process group (the tsx wrapper and the server it runs). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, then SIGKILL if the process group is still there after `graceMs`. */
function killAndWait(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      // The wrapper may exit before the server it started; make sure nothing outlives the test.
      signalGroup(child, 'SIGKILL');
      resolve();
    });
    signalGroup(child, graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
  });
}
