import type { ByteSource } from './byte-source';

/**
 * Yields consecutive chunks of [start, end) from the source, asking for the next chunk before the
 * caller processes the current one so file reads overlap with decoding. Memory: two chunks.
 */
export async function* readChunks(
  src: ByteSource,
  start: number,
  end: number,
  chunkBytes: number,
): AsyncGenerator<Uint8Array> {
  let at = start;
  let pending = at < end ? src.read(at, Math.min(chunkBytes, end - at)) : null;
  while (pending) {
    const chunk = await pending;
    at += chunk.length;
    pending = chunk.length > 0 && at < end ? src.read(at, Math.min(chunkBytes, end - at)) : null;
    if (chunk.length === 0) return;
    yield chunk;
  }
}
