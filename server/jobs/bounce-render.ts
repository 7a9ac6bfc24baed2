import { closeSync, openSync, writeSync } from 'node:fs';
import { type AnalysisResult, createAnalyser } from '@/lib/audio/analyser';
import { openAudio } from '@/lib/audio/open-audio';
import type { MixState } from '@/lib/mix/types';
import { renderMix } from '@/lib/render/renderMix';
import type { Result } from '@/lib/render/result';
import { arrayStemSource, type StemSource } from '@/lib/render/stemSource';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';
import { fileByteSource } from '@/lib/storage/file-byte-source';
import { openWavFileStem } from '@/server/render/wavFileStem';

/** One stem of the song as the bounce reads it. */
export interface BounceStemFile {
  id: string;
  path: string;
  format: 'wav' | 'flac' | 'mp3';
}

export interface BounceRequest {
  mix: MixState;
  stems: BounceStemFile[];
  outPath: string;
  onProgress?: (fraction: number) => void;
}

/** What a finished bounce measured (the analysis without the waveform overview). */
export type BounceOutcome = { frames: number; sampleRate: number; analysis: AnalysisResult };

/** Decodes a compressed stem into memory (FLAC/MP3 have no random access); WAV stems are streamed instead. */
async function decodeToMemory(path: string): Promise<Result<StemSource, string>> {
  const src = await fileByteSource(path);
  try {
    const opened = await openAudio(src);
    if (!opened.ok) return { ok: false, error: `${path}: ${opened.error}` };
    const { sampleRate, channels } = opened.value.facts;
    const parts: Float32Array[][] = Array.from({ length: channels }, () => []);
    const decoded = await opened.value.decode((block) => {
      for (const [i, ch] of block.entries()) parts[i]!.push(ch.slice());
    });
    if (!decoded.ok) return { ok: false, error: decoded.error };
    const joined = parts.map((chunks) => {
      const out = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    });
    return { ok: true, value: arrayStemSource(joined, sampleRate) };
  } finally {
    await src.close();
  }
}

/**
 * Bounces a version's mix from the song's stems with the reference renderer, at the stems' own sample rate,
 * to a 24-bit stereo WAV file, measuring loudness on the way (one pass). Mixed sample rates are refused.
 */
export async function bounceToWav(request: BounceRequest): Promise<Result<BounceOutcome, string>> {
  const { mix } = request;
  const byId = new Map(request.stems.map((s) => [s.id, s]));
  const needed = [...new Set(mix.tracks.map((t) => t.stemId))];
  const closers: (() => void)[] = [];
  try {
    const sources = new Map<string, StemSource>();
    for (const id of needed) {
      const file = byId.get(id);
      const track = mix.tracks.find((t) => t.stemId === id);
      if (!file) return { ok: false, error: `Track "${track?.name}" uses a stem that no longer exists.` };
      if (file.format === 'wav') {
        const stem = await openWavFileStem(file.path);
        if (!stem.ok) return stem;
        closers.push(() => stem.value.close());
        sources.set(id, stem.value);
      } else {
        const stem = await decodeToMemory(file.path);
        if (!stem.ok) return stem;
        sources.set(id, stem.value);
      }
    }
    const rates = [...new Set([...sources.values()].map((s) => s.sampleRate))];
    if (rates.length > 1) {
      return {
        ok: false,
        error: `The stems have different sample rates (${rates.sort((a, b) => a - b).join(' Hz, ')} Hz); upload them at one rate to bounce.`,
      };
    }
    const sampleRate = rates[0] ?? 48_000;
    const render = renderMix({ mix, stems: sources, sampleRate });
    if (!render.ok) return { ok: false, error: render.error.message };
    const { totalFrames, blocks } = render.value;
    const encoder = createWav24Encoder({ sampleRate, channels: 2, totalFrames });
    const analyser = createAnalyser({ sampleRate, channels: 2 });
    const fd = openSync(request.outPath, 'w');
    try {
      writeSync(fd, encoder.header());
      let done = 0;
      let reported = 0;
      for (const block of blocks()) {
        analyser.push(block);
        writeSync(fd, encoder.encode(block));
        done += block[0].length;
        const fraction = totalFrames > 0 ? done / totalFrames : 1;
        if (fraction - reported >= 0.01) {
          reported = fraction;
          request.onProgress?.(fraction);
        }
      }
      writeSync(fd, encoder.end());
    } finally {
      closeSync(fd);
    }
    const { peaks: _peaks, ...analysis } = analyser.finish();
    return { ok: true, value: { frames: totalFrames, sampleRate, analysis } };
  } finally {
    for (const close of closers) close();
  }
}
