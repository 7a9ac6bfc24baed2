import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';
import { renderMixFileToWav } from '@/server/render/renderMixToWav';
import { encodeWithFfmpeg } from '../../support/audio-files';
import { band, mixOf, renderToArrays, SR, sine, track } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'mixroom-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writeWav = (path: string, channels: Float32Array[]) => {
  const enc = createWav24Encoder({
    sampleRate: SR,
    channels: channels.length,
    totalFrames: channels[0]!.length,
  });
  const parts = [enc.header(), enc.encode(channels), enc.end()];
  writeFileSync(path, Buffer.concat(parts));
};

const runCli = (...args: string[]) =>
  spawnSync(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    ['--tsconfig', 'tsconfig.server.json', 'server/cli/render.ts', ...args],
    {
      encoding: 'utf8',
    },
  );

const readInt24Stereo = (path: string): [Float32Array, Float32Array] => {
  const b = readFileSync(path);
  const frames = b.readUInt32LE(40) / 6;
  const l = new Float32Array(frames);
  const r = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    l[i] = b.readIntLE(44 + i * 6, 3) / 8_388_608;
    r[i] = b.readIntLE(47 + i * 6, 3) / 8_388_608;
  }
  return [l, r];
};

describe('the render CLI', () => {
  it('bounces a mix file to a 24-bit WAV equal to the reference renderer within one LSB', () => {
    const a = [sine(440, 0.4, 0.5)];
    const b = [sine(660, 0.3, 0.3), sine(880, 0.2, 0.3)];
    writeWav(join(dir, 'a.wav'), a);
    writeWav(join(dir, 'b.wav'), b);
    const mix = mixOf([
      track('a', { pan: -0.4, gainDb: -3, eq: [band('p', 'peaking', 440, 4, 1)] }),
      track('b', { pan: 0.5 }),
    ]);
    const file = {
      format: 'mixroom.mix',
      version: 1,
      mix,
      stems: { a: { path: 'a.wav' }, b: { path: join(dir, 'b.wav') } },
    };
    writeFileSync(join(dir, 'mix.json'), JSON.stringify(file));
    const res = runCli('--mix', join(dir, 'mix.json'), '--out', join(dir, 'out.wav'));
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const [l, r] = readInt24Stereo(join(dir, 'out.wav'));
    // The stems went through 24-bit quantisation too, so compare with the same quantised input.
    const q = (x: Float32Array) => x.map((v) => Math.round(v * 8_388_608) / 8_388_608);
    const [el, er] = renderToArrays(mix, { a: a.map(q), b: b.map(q) });
    expect(l.length).toBe(SR / 2);
    for (let i = 0; i < l.length; i += 7) {
      expect(Math.abs(l[i]! - el[i]!)).toBeLessThanOrEqual(1 / 8_388_608 + 1e-9);
      expect(Math.abs(r[i]! - er[i]!)).toBeLessThanOrEqual(1 / 8_388_608 + 1e-9);
    }
  });

  it('renders a FLAC stem like the WAV it was encoded from (within one 24-bit step), and refuses a file that is not audio', () => {
    const a = [sine(330, 0.4, 0.5), sine(550, 0.3, 0.5)];
    writeWav(join(dir, 'lossless.wav'), a);
    writeFileSync(
      join(dir, 'lossless.flac'),
      encodeWithFfmpeg(readFileSync(join(dir, 'lossless.wav')), 'flac'),
    );
    writeFileSync(join(dir, 'text.wav'), 'not audio at all, just words in a file named like a stem');
    const mixFile = (path: string) => {
      const file = {
        format: 'mixroom.mix',
        version: 1,
        mix: mixOf([track('a', { pan: 0.3 })]),
        stems: { a: { path } },
      };
      writeFileSync(join(dir, `mix-${path}.json`), JSON.stringify(file));
      return join(dir, `mix-${path}.json`);
    };
    expect(runCli('--mix', mixFile('lossless.wav'), '--out', join(dir, 'from-wav.wav')).status).toBe(0);
    const flac = runCli('--mix', mixFile('lossless.flac'), '--out', join(dir, 'from-flac.wav'));
    expect(flac.stderr).toBe('');
    expect(flac.status).toBe(0);
    const [fl, fr] = readInt24Stereo(join(dir, 'from-flac.wav'));
    const [wl, wr] = readInt24Stereo(join(dir, 'from-wav.wav'));
    expect(fl.length).toBe(wl.length);
    let worst = 0;
    for (let i = 0; i < fl.length; i++)
      worst = Math.max(worst, Math.abs(fl[i]! - wl[i]!), Math.abs(fr[i]! - wr[i]!));
    // Lossless: the same samples, up to one 24-bit step of float rounding in the FLAC decoder's output.
    expect(worst).toBeLessThanOrEqual(1 / 8_388_608 + 1e-9);
    expect(Math.max(...wl.map(Math.abs))).toBeGreaterThan(0.1);
    const text = runCli('--mix', mixFile('text.wav'), '--out', join(dir, 'from-text.wav'));
    expect(text.status).toBe(1);
    expect(text.stderr).toContain('not a WAV, FLAC or MP3 file');
  });

  it('exits 1 with one clear stderr line when a stem file is missing', () => {
    const file = {
      format: 'mixroom.mix',
      version: 1,
      mix: mixOf([track('a')]),
      stems: { a: { path: 'nope.wav' } },
    };
    writeFileSync(join(dir, 'missing.json'), JSON.stringify(file));
    const res = runCli('--mix', join(dir, 'missing.json'), '--out', join(dir, 'x.wav'));
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^render: cannot open .*nope\.wav: ENOENT/);
  });

  it('exits 1 naming the field when the mix file is not a valid mix', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'mixroom.mix', version: 2 }));
    const res = runCli('--mix', join(dir, 'bad.json'), '--out', join(dir, 'x.wav'));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^render: mix file .*bad\.json: version: /);
  });

  it('refuses stems at different sample rates', async () => {
    const enc = createWav24Encoder({ sampleRate: 44_100, channels: 1, totalFrames: 100 });
    writeFileSync(join(dir, 'c.wav'), Buffer.concat([enc.header(), enc.encode([new Float32Array(100)])]));
    writeWav(join(dir, 'd.wav'), [new Float32Array(100)]);
    const file = {
      format: 'mixroom.mix',
      version: 1,
      mix: mixOf([track('c'), track('d')]),
      stems: { c: { path: 'c.wav' }, d: { path: 'd.wav' } },
    };
    writeFileSync(join(dir, 'rates.json'), JSON.stringify(file));
    const res = await renderMixFileToWav({ mixPath: join(dir, 'rates.json'), outPath: join(dir, 'x.wav') });
    expect(!res.ok && res.error).toContain('different sample rates (44100, 48000 Hz)');
  });
});
