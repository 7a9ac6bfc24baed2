/**
 * `npm run --silent analyze -- <file> [--json]`: loudness (EBU R128) and facts of one audio file.
 * With --json prints exactly one JSON object on stdout; otherwise a readable summary. On a bad file,
 * exits 1 with one line on stderr.
 */
import { basename } from 'node:path';
import { analyzeFile } from '@/server/audio/analyze-file';

const round = (value: number | null, digits = 2): number | null =>
  value === null ? null : Number(value.toFixed(digits));

const fmt = (value: number | null, unit: string): string =>
  value === null ? '—' : `${value.toFixed(1)} ${unit}`;

const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) fail('Usage: npm run analyze -- <audio file> [--json]');
  const file = files[0]!;
  const result = await analyzeFile(file);
  if (!result.ok) return fail(`${basename(file)}: ${result.error}`);
  const { facts, analysis: a } = result.value;
  const out = {
    format: facts.format,
    sampleRate: facts.sampleRate,
    channels: facts.channels,
    bitDepth: facts.bitDepth ?? null,
    durationSec: round(a.durationSec, 3),
    integratedLufs: round(a.integratedLufs),
    loudnessRangeLu: round(a.loudnessRangeLu),
    truePeakDbtp: round(a.truePeakDbtp),
    samplePeakDbfs: round(a.samplePeakDbfs),
    momentaryMaxLufs: round(a.momentaryMaxLufs),
    shortTermMaxLufs: round(a.shortTermMaxLufs),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const depth = facts.bitDepth ? `, ${facts.bitDepth}-bit` : '';
  process.stdout.write(
    [
      `${basename(file)}: ${facts.format.toUpperCase()}, ${facts.sampleRate} Hz, ${facts.channels} ch${depth}, ${a.durationSec.toFixed(2)} s`,
      `  Integrated loudness  ${fmt(a.integratedLufs, 'LUFS')}`,
      `  Loudness range       ${fmt(a.loudnessRangeLu, 'LU')}`,
      `  True peak            ${fmt(a.truePeakDbtp, 'dBTP')}`,
      `  Sample peak          ${fmt(a.samplePeakDbfs, 'dBFS')}`,
      `  Momentary max        ${fmt(a.momentaryMaxLufs, 'LUFS')}`,
      `  Short-term max       ${fmt(a.shortTermMaxLufs, 'LUFS')}`,
      '',
    ].join('\n'),
  );
};

main().catch((cause: unknown) => fail(`analyze: unexpected failure: ${String(cause)}`));
