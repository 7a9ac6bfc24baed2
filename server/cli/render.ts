/**
 * Bounces a self-contained mix file (docs/mix-file.md) to a 24-bit stereo WAV with the reference renderer.
 * Usage: npm run --silent render -- --mix <mix.json> --out <file.wav> [--dither]
 */
import { parseArgs } from 'node:util';
import { renderMixFileToWav } from '../render/renderMixToWav';

const USAGE = 'usage: npm run --silent render -- --mix <mix.json> --out <file.wav> [--dither]';

async function main(): Promise<number> {
  let values: { mix?: string; out?: string; dither?: boolean };
  try {
    ({ values } = parseArgs({
      options: { mix: { type: 'string' }, out: { type: 'string' }, dither: { type: 'boolean' } },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`render: ${(e as Error).message}; ${USAGE}\n`);
    return 1;
  }
  if (values.mix === undefined || values.out === undefined) {
    process.stderr.write(`render: --mix and --out are required; ${USAGE}\n`);
    return 1;
  }
  const result = await renderMixFileToWav({
    mixPath: values.mix,
    outPath: values.out,
    dither: values.dither,
  });
  if (!result.ok) {
    process.stderr.write(`render: ${result.error}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`render: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
