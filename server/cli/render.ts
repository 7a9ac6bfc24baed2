/**
 * Bounces a mix to a 24-bit stereo WAV with the reference renderer: a self-contained mix file
 * (docs/mix-file.md), or a stored song's live mix (uses DATA_DIR / DATABASE_URL like the server).
 * Usage: npm run --silent render -- (--mix <mix.json> | --song <songId>) --out <file.wav> [--dither]
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { renderMixFileToWav } from '../render/renderMixToWav';

const USAGE =
  'usage: npm run --silent render -- (--mix <mix.json> | --song <songId>) --out <file.wav> [--dither]';

async function main(): Promise<number> {
  let values: { mix?: string; song?: string; out?: string; dither?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        mix: { type: 'string' },
        song: { type: 'string' },
        out: { type: 'string' },
        dither: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`render: ${(e as Error).message}; ${USAGE}\n`);
    return 1;
  }
  if (values.out === undefined || (values.mix === undefined) === (values.song === undefined)) {
    process.stderr.write(`render: give --out and exactly one of --mix or --song; ${USAGE}\n`);
    return 1;
  }
  if (values.song !== undefined) {
    let config: ReturnType<typeof loadConfig>;
    try {
      config = loadConfig();
    } catch (e) {
      if (e instanceof ConfigError) {
        process.stderr.write(`render: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    // Loaded only for --song: the database and storage modules are not needed to bounce a mix file.
    const { renderStoredSong } = await import('../render/renderStoredSong');
    const result = await renderStoredSong({ config, songId: values.song, outPath: values.out });
    if (!result.ok) {
      process.stderr.write(`render: ${result.error}\n`);
      return 1;
    }
    const { frames, sampleRate, integratedLufs } = result.value;
    process.stderr.write(
      `render: ${values.out}: ${(frames / sampleRate).toFixed(2)} s at ${sampleRate} Hz, ${integratedLufs === null ? 'silent' : `${integratedLufs.toFixed(1)} LUFS`}\n`,
    );
    return 0;
  }
  const result = await renderMixFileToWav({
    mixPath: values.mix!,
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
