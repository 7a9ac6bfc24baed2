/**
 * Benchmark of the analyze CLI against ffmpeg's ebur128 filter on a 10-minute 48 kHz 24-bit stereo
 * WAV (noise + tones with level changes, written to a temp dir). Times whole processes: the CLI as
 * documented (`npm run --silent analyze`, which compiles TypeScript with tsx on every start), the same
 * CLI bundled once with esbuild and run with plain node, and ffmpeg. Run: npx tsx tests/bench/analyze.bench.ts
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const SAMPLE_RATE = 48_000;
const SECONDS = 600;
const RUNS = 3;
const FFMPEG = '/usr/bin/ffmpeg';

/** Writes a music-like programme: pink-ish noise plus a few tones, with section levels and a slow swell. */
const writeProgramme = (path: string): void => {
  const fd = openSync(path, 'w');
  const frames = SAMPLE_RATE * SECONDS;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + frames * 6, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 6, 28);
  header.writeUInt16LE(6, 32);
  header.writeUInt16LE(24, 34);
  header.write('data', 36);
  header.writeUInt32LE(frames * 6, 40);
  writeSync(fd, header);
  const sectionDb = [-18, -10, -14, -6, -22, -8, -12, -4];
  const tones = [110, 220, 330, 440, 659.25].map((f) => ({
    step: (2 * Math.PI * f) / SAMPLE_RATE,
    phase: 0,
  }));
  let seed = 12345;
  let pinkL = 0;
  let pinkR = 0;
  const chunkFrames = SAMPLE_RATE;
  const buf = Buffer.alloc(chunkFrames * 6);
  for (let start = 0; start < frames; start += chunkFrames) {
    const sec = start / SAMPLE_RATE;
    const gain =
      10 ** (sectionDb[Math.floor(sec / 20) % sectionDb.length]! / 20) * (0.75 + 0.25 * Math.sin(sec / 7));
    for (let i = 0; i < chunkFrames; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const w1 = seed / 2147483648 - 1;
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const w2 = seed / 2147483648 - 1;
      pinkL = 0.97 * pinkL + 0.15 * w1;
      pinkR = 0.97 * pinkR + 0.15 * w2;
      let tone = 0;
      for (const t of tones) {
        t.phase += t.step;
        tone += Math.sin(t.phase);
      }
      const l = gain * (0.6 * pinkL + 0.08 * tone);
      const r = gain * (0.6 * pinkR + 0.07 * tone);
      const at = i * 6;
      const li = Math.max(-8388608, Math.min(8388607, Math.round(l * 8388607)));
      const ri = Math.max(-8388608, Math.min(8388607, Math.round(r * 8388607)));
      buf[at] = li & 0xff;
      buf[at + 1] = (li >> 8) & 0xff;
      buf[at + 2] = (li >> 16) & 0xff;
      buf[at + 3] = ri & 0xff;
      buf[at + 4] = (ri >> 8) & 0xff;
      buf[at + 5] = (ri >> 16) & 0xff;
    }
    writeSync(fd, buf);
  }
  closeSync(fd);
};

interface Timing {
  bestSec: number;
  medianSec: number;
  /** User + system CPU seconds of the best run (less sensitive than wall time on a shared machine). */
  cpuSec: number | null;
  output: string;
}

const TIME_BIN = '/usr/bin/time';
const CPU_MARK = 'MIXROOM_CPU';

const time = async (cmd: string, args: string[]): Promise<Timing> => {
  const runs: { sec: number; cpu: number | null }[] = [];
  let output = '';
  const measureCpu = existsSync(TIME_BIN);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { stdout, stderr } = measureCpu
      ? await run(TIME_BIN, ['-f', `${CPU_MARK} %U %S`, cmd, ...args], { maxBuffer: 1 << 28 })
      : await run(cmd, args, { maxBuffer: 1 << 28 });
    const sec = (performance.now() - t0) / 1000;
    const cpuLine = stderr.match(new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`));
    runs.push({ sec, cpu: cpuLine ? Number(cpuLine[1]) + Number(cpuLine[2]) : null });
    output = stdout + stderr.replace(/MIXROOM_CPU.*\n?/, '');
  }
  runs.sort((a, b) => a.sec - b.sec);
  return {
    bestSec: runs[0]!.sec,
    medianSec: runs[Math.floor(runs.length / 2)]!.sec,
    cpuSec: runs[0]!.cpu,
    output,
  };
};

const report = (name: string, t: Timing, integratedLufs: string): void => {
  const x = (s: number) => (SECONDS / s).toFixed(0);
  const cpu = t.cpuSec === null ? '' : `, CPU ${t.cpuSec.toFixed(2)} s (${x(t.cpuSec)}× realtime per core)`;
  console.log(
    `${name}: best ${t.bestSec.toFixed(2)} s (${x(t.bestSec)}× realtime), median ${t.medianSec.toFixed(2)} s (${x(t.medianSec)}× realtime)${cpu}, integrated ${integratedLufs} LUFS`,
  );
};

const cliLufs = (t: Timing): string => String(JSON.parse(t.output.trim().split('\n').at(-1)!).integratedLufs);

const main = async (): Promise<void> => {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (${cpus().length} cores)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'mixroom-analyze-bench-'));
  try {
    const wav = join(dir, 'f.wav');
    const tiny = join(dir, 'tiny.wav');
    let t0 = performance.now();
    writeProgramme(wav);
    console.log(
      `generated ${SECONDS} s 48 kHz 24-bit stereo WAV in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const bundle = join(dir, 'analyze.mjs');
    t0 = performance.now();
    await build({
      entryPoints: [join(import.meta.dirname, '../../server/cli/analyze.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      alias: { '@': join(import.meta.dirname, '../..') },
      // The wasm decoders' worker shim uses require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'warning',
    });
    console.log(`bundled the CLI with esbuild in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

    // Start-up cost alone: the same CLI on a 0.1 s file.
    const header = Buffer.alloc(44 + 4800 * 6);
    header.write('RIFF', 0);
    header.writeUInt32LE(36 + 4800 * 6, 4);
    header.write('WAVEfmt ', 8);
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(2, 22);
    header.writeUInt32LE(SAMPLE_RATE, 24);
    header.writeUInt32LE(SAMPLE_RATE * 6, 28);
    header.writeUInt16LE(6, 32);
    header.writeUInt16LE(24, 34);
    header.write('data', 36);
    header.writeUInt32LE(4800 * 6, 40);
    const fd = openSync(tiny, 'w');
    writeSync(fd, header);
    closeSync(fd);
    const startNpm = await time('npm', ['run', '--silent', 'analyze', '--', tiny, '--json']);
    const startBundle = await time('node', [bundle, tiny, '--json']);
    console.log(
      `start-up (0.1 s file): npm run + tsx best ${startNpm.bestSec.toFixed(2)} s, bundled node best ${startBundle.bestSec.toFixed(2)} s`,
    );

    const npmRun = await time('npm', ['run', '--silent', 'analyze', '--', wav, '--json']);
    report('analyze via npm run --silent analyze (tsx)', npmRun, cliLufs(npmRun));
    const bundled = await time('node', [bundle, wav, '--json']);
    report('analyze bundled (esbuild, node)', bundled, cliLufs(bundled));
    if (existsSync(FFMPEG)) {
      const ff = await time(FFMPEG, [
        '-nostats',
        '-hide_banner',
        '-i',
        wav,
        '-af',
        'ebur128=peak=true',
        '-f',
        'null',
        '-',
      ]);
      const summary = ff.output.slice(ff.output.lastIndexOf('Summary:'));
      report('ffmpeg ebur128=peak=true', ff, summary.match(/I:\s+(-?[\d.]+) LUFS/)?.[1] ?? '?');
    } else {
      console.log('ffmpeg: not installed at /usr/bin/ffmpeg, comparison skipped');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
