// `npm run bench`: runs every tests/bench/*.bench.ts in turn, each in its own process, and prints its figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const result = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.server.json', path.join(dir, file)], {
    stdio: 'inherit',
    cwd: path.resolve(dir, '../..'),
  });
  console.log(
    `=== ${file}: ${result.status === 0 ? 'done' : `failed (${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
