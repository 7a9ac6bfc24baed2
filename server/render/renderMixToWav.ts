import { closeSync, openSync, writeSync } from 'node:fs';
import { renderMix } from '@/lib/render/renderMix';
import type { Result } from '@/lib/render/result';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';
import { readMixFile } from './mixFile';
import { openStemFile } from './openStemFile';
import type { WavFileStem } from './wavFileStem';

/** Options of a file-to-file bounce. */
export interface RenderToWavOptions {
  mixPath: string;
  outPath: string;
  dither?: boolean;
}

/** Bounces a mix file to a 24-bit WAV at the stems' sample rate, streaming block by block. */
export async function renderMixFileToWav(
  options: RenderToWavOptions,
): Promise<Result<{ frames: number; sampleRate: number }, string>> {
  const file = readMixFile(options.mixPath);
  if (!file.ok) return file;
  const { mix, stemPaths } = file.value;
  const opened: WavFileStem[] = [];
  try {
    const stems = new Map<string, WavFileStem>();
    for (const id of new Set(mix.tracks.map((t) => t.stemId))) {
      const stem = await openStemFile(stemPaths.get(id)!);
      if (!stem.ok) return stem;
      opened.push(stem.value);
      stems.set(id, stem.value);
    }
    const rates = new Set([...stems.values()].map((s) => s.sampleRate));
    if (rates.size > 1) {
      return {
        ok: false,
        error: `stems have different sample rates (${[...rates].join(', ')} Hz); resample them to one rate`,
      };
    }
    const sampleRate = rates.values().next().value ?? 48_000;
    const render = renderMix({ mix, stems, sampleRate });
    if (!render.ok) return { ok: false, error: render.error.message };
    const { totalFrames, blocks } = render.value;
    const encoder = createWav24Encoder({ sampleRate, channels: 2, totalFrames, dither: options.dither });
    let fd: number;
    try {
      fd = openSync(options.outPath, 'w');
    } catch (e) {
      return {
        ok: false,
        error: `cannot write ${options.outPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      };
    }
    try {
      writeSync(fd, encoder.header());
      for (const block of blocks()) writeSync(fd, encoder.encode(block));
      writeSync(fd, encoder.end());
    } finally {
      closeSync(fd);
    }
    return { ok: true, value: { frames: totalFrames, sampleRate } };
  } finally {
    for (const s of opened) s.close();
  }
}
