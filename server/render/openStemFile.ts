import { decodeToMemory } from '@/lib/audio/decode-to-memory';
import { sniffAudioFormat } from '@/lib/audio/sniff';
import type { Result } from '@/lib/render/result';
import { arrayStemSource } from '@/lib/render/stemSource';
import { type FileByteSource, fileByteSource } from '@/lib/storage/file-byte-source';
import { openWavFileStem, type WavFileStem } from './wavFileStem';

/** Longest compressed stem decoded to memory: 30 minutes at 96 kHz. */
const MAX_DECODED_FRAMES = 30 * 60 * 96_000;

/**
 * Opens a stem for the renderer: WAV streams block by block from disk; FLAC and MP3 (lib/audio's
 * decoders push whole files) are decoded to memory first.
 */
export async function openStemFile(path: string): Promise<Result<WavFileStem, string>> {
  let src: FileByteSource;
  try {
    src = await fileByteSource(path);
  } catch (e) {
    return { ok: false, error: `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  try {
    const format = sniffAudioFormat(await src.read(0, 64));
    if (format === 'wav') return await openWavFileStem(path);
    if (format === null) return { ok: false, error: `${path}: not a WAV, FLAC or MP3 file` };
    const decoded = await decodeToMemory(src, MAX_DECODED_FRAMES);
    if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
    const stem = arrayStemSource(decoded.value.channels, decoded.value.facts.sampleRate);
    return { ok: true, value: { ...stem, read: stem.read, close: () => {} } };
  } finally {
    await src.close();
  }
}
