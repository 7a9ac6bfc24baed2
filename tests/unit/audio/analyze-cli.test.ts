import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '@/server/audio/analyze-file';
import { sineSegments } from './signals';
import { wav24 } from './wav-fixture';

const run = promisify(execFile);
let dir = '';
let good = '';
let bad = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mixroom-analyze-'));
  good = join(dir, 'tone.wav');
  bad = join(dir, 'broken.wav');
  const ch = sineSegments(48_000, [{ sec: 5, dbfs: -23 }]);
  const bytes = wav24(48_000, [ch, ch]);
  writeFileSync(good, bytes);
  writeFileSync(bad, bytes.subarray(0, 100_000));
  runs = Promise.all([cli([good, '--json']), cli([good]), cli([bad, '--json'])]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/** Runs the CLI exactly as documented: `npm run --silent analyze -- <file> [--json]`. */
const cli = (args: string[]): Promise<Run> =>
  run('npm', ['run', '--silent', 'analyze', '--', ...args], { cwd: process.cwd() }).then(
    (r) => ({ code: 0, ...r }),
    (e: Run) => e,
  );
// The three runs start together: process start-up dominates, so this keeps the file fast.
let runs: Promise<[Run, Run, Run]>;

describe('analyze CLI', () => {
  it('prints exactly one JSON object with the loudness figures of a -23 dBFS stereo sine', async () => {
    const { code, stdout, stderr } = (await runs)[0];
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      format: 'wav',
      sampleRate: 48_000,
      channels: 2,
      bitDepth: 24,
      durationSec: 5,
    });
    expect(out.integratedLufs).toBeCloseTo(-23, 1);
    expect(out.truePeakDbtp).toBeCloseTo(-23, 1);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['loudnessRangeLu', 'samplePeakDbfs', 'momentaryMaxLufs', 'shortTermMaxLufs']),
    );
  });

  it('prints a readable summary without --json', async () => {
    const { stdout } = (await runs)[1];
    expect(stdout).toMatch(/Integrated loudness\s+-23\.0 LUFS/);
  });

  it('exits 1 with one clear line on stderr for a truncated file', async () => {
    const { code, stdout, stderr } = (await runs)[2];
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'broken.wav: The WAV file is truncated: the data chunk declares 1.4 MB but only 100.0 kB are present.\n',
    );
  });
});

describe('analyzeFile', () => {
  it('reports progress up to 1 and returns facts, analysis and peaks', async () => {
    const seen: number[] = [];
    const result = await analyzeFile(good, { onProgress: (f) => seen.push(f) });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.facts.frames).toBe(240_000);
    expect(result.value.analysis.integratedLufs).toBeCloseTo(-23, 1);
    expect(result.value.peaks.levels[0]!.min.length).toBe(Math.ceil(240_000 / 256));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops with an error when aborted, when too long, or when the file is missing', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await analyzeFile(good, { signal: controller.signal })).toEqual({
      ok: false,
      error: 'The analysis was cancelled.',
    });
    expect(await analyzeFile(good, { maxDecodedSec: 2 })).toEqual({
      ok: false,
      error: 'The audio is longer than the 2 s limit.',
    });
    expect(await analyzeFile(join(dir, 'nope.wav'))).toEqual({
      ok: false,
      error: 'The file does not exist.',
    });
  });
});
