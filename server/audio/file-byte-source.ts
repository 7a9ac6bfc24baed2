import { open } from 'node:fs/promises';
import type { ByteSource } from '@/lib/audio/byte-source';

/** A ByteSource over a file on disk; close it when done. */
export interface FileByteSource extends ByteSource {
  close(): Promise<void>;
}

/** Opens `path` for random-access reads (positional reads, no stream state). */
export const fileByteSource = async (path: string): Promise<FileByteSource> => {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (offset, length) => {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, offset + filled);
        if (bytesRead === 0) break; // the file shrank under us: return what there is
        filled += bytesRead;
      }
      return filled === want ? buffer : buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
};
