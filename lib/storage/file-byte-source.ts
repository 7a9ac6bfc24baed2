import 'server-only';
import fsp from 'node:fs/promises';
import type { ByteSource } from '@/lib/audio/byte-source';

/** A ByteSource over a local file; the caller closes it. */
export async function openFileByteSource(filePath: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await fsp.open(filePath, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const start = Math.max(0, Math.min(offset, size));
      const n = Math.max(0, Math.min(length, size - start));
      const buffer = new Uint8Array(n);
      let done = 0;
      while (done < n) {
        const { bytesRead } = await handle.read(buffer, done, n - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === n ? buffer : buffer.subarray(0, done);
    },
    close: () => handle.close(),
  };
}
