import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '@/lib/audio/byte-source';
import { decodeToMemory } from '@/lib/audio/decode-to-memory';
import { sniffAudioFormat } from '@/lib/audio/sniff';
import type { Result } from '@/lib/render/result';
import { arrayStemSource } from '@/lib/render/stemSource';
import { openWavFileStem, type WavFileStem } from './wavFileStem';

/** Longest compressed stem decoded to memory: 30 minutes at 96 kHz. */
const MAX_DECODED_FRAMES = 30 * 60 * 96_000;

const readHead = (path: string): Result<Uint8Array, string> => {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = new Uint8Array(64);
      const n = readSync(fd, head, 0, head.length, 0);
      return { ok: true, value: head.subarray(0, n) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, error: `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
};

/**
 * Opens a stem for the renderer: WAV streams block by block from disk; FLAC and MP3 (lib/audio's
 * decoders push whole files) are decoded to memory first.
 */
export async function openStemFile(path: string): Promise<Result<WavFileStem, string>> {
  const head = readHead(path);
  if (!head.ok) return head;
  const format = sniffAudioFormat(head.value);
  if (format === 'wav') return openWavFileStem(path);
  if (format === null) return { ok: false, error: `${path}: not a WAV, FLAC or MP3 file` };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, error: `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  try {
    const { size } = fstatSync(fd);
    const src: ByteSource = {
      size,
      read: async (offset, length) => {
        const buf = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let got = 0;
        while (got < buf.length) {
          const n = readSync(fd, buf, got, buf.length - got, offset + got);
          if (n === 0) break;
          got += n;
        }
        return buf.subarray(0, got);
      },
    };
    const decoded = await decodeToMemory(src, MAX_DECODED_FRAMES);
    if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
    const stem = arrayStemSource(decoded.value.channels, decoded.value.facts.sampleRate);
    return { ok: true, value: { ...stem, read: stem.read, close: () => {} } };
  } finally {
    closeSync(fd);
  }
}
