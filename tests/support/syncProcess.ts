import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(ROOT, 'tests/support/syncServerEntry.ts');

export interface SyncProcess<Seed> {
  child: ChildProcess;
  port: number;
  url: string;
  seeded: Seed;
}

/** Spawns `syncServerEntry.ts` under tsx and resolves once it prints its port. */
export function spawnSyncProcess<Seed = undefined>(
  target: string,
  seed: boolean,
): Promise<SyncProcess<Seed>> {
  // Node itself with tsx as a loader, so `child` is the server process (the tsx CLI would be a parent
  // that SIGKILL leaves orphaned). `react-server` makes the `server-only` guard resolve to its empty module.
  const args = ['--import', 'tsx', '--conditions=react-server', ENTRY, target, ...(seed ? ['--seed'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const { port, seeded } = JSON.parse(line) as { port: number; seeded: Seed };
      resolve({ child, port, url: `ws://127.0.0.1:${port}/sync`, seeded });
    });
    child.once('exit', (code) => reject(new Error(`sync process exited with ${code}: ${stderr}`)));
  });
}

/** Sends SIGKILL and waits until the process is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
