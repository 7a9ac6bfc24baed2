// Node-only (node:fs): used by services and by worker threads, which run without the server-only shim.
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
  /** Positional reads until `target` is full or the file ends (it may have shrunk under us). */
  const fill = async (offset: number, target: Uint8Array): Promise<number> => {
    let filled = 0;
    while (filled < target.length) {
      const { bytesRead } = await handle.read(target, filled, target.length - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled;
  };
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const filled = await fill(offset, buffer);
      return filled === buffer.length ? buffer : buffer.subarray(0, filled);
    },
    readInto: (offset, target) =>
      fill(offset, target.subarray(0, Math.max(0, Math.min(target.length, size - offset)))),
    close: () => handle.close(),
  };
};
