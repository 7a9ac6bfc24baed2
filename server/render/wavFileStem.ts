import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '@/lib/audio/byte-source';
import { pcmToFloat } from '@/lib/audio/pcm-to-float';
import { readWavLayout } from '@/lib/audio/wav-layout';
import type { Result } from '@/lib/render/result';
import type { StemSource } from '@/lib/render/stemSource';

/** A StemSource reading a WAV file from disk block by block; call `close()` when done. */
export interface WavFileStem extends StemSource {
  close(): void;
}

const readBytes = (fd: number, offset: number, length: number): Uint8Array => {
  const buf = new Uint8Array(Math.max(0, length));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
};

/**
 * Opens a WAV stem for streaming: the header is parsed by lib/audio's WAV layout reader, samples are
 * read with synchronous positional reads so the renderer can pull blocks without buffering the file.
 */
export async function openWavFileStem(path: string): Promise<Result<WavFileStem, string>> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, error: `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const src: ByteSource = { size: fstatSync(fd).size, read: async (o, l) => readBytes(fd, o, l) };
  const layout = await readWavLayout(src);
  if (!layout.ok) {
    closeSync(fd);
    return { ok: false, error: `${path}: ${layout.error}` };
  }
  const { format, dataOffset, dataBytes } = layout.value;
  const frames = Math.floor(dataBytes / format.blockAlign);
  let position = 0;
  return {
    ok: true,
    value: {
      sampleRate: format.sampleRate,
      channels: format.channels,
      frames,
      read(n) {
        if (position >= frames) return null;
        const count = Math.min(n, frames - position);
        const bytes = readBytes(fd, dataOffset + position * format.blockAlign, count * format.blockAlign);
        const block = pcmToFloat(bytes, format);
        const got = block[0]?.length ?? 0;
        if (got === 0) {
          position = frames;
          return null;
        }
        position += got;
        return block;
      },
      close: () => closeSync(fd),
    },
  };
}
