import type { ByteSource } from './byte-source';

/**
 * Yields consecutive chunks of [start, end) from the source, asking for the next chunk before the
 * caller processes the current one so file reads overlap with decoding. Memory: two chunks.
 * With `recycle`, and a source that has `readInto`, chunks share two buffers: each stays valid only
 * until the next is requested. Only pass it when the consumer copies or converts every chunk at once.
 */
export async function* readChunks(
  src: ByteSource,
  start: number,
  end: number,
  chunkBytes: number,
  recycle = false,
): AsyncGenerator<Uint8Array> {
  if (recycle && src.readInto) {
    yield* readChunksRecycled(src, src.readInto.bind(src), start, end, chunkBytes);
    return;
  }
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

/** readChunks over `readInto`, alternating between two buffers so a long file allocates nothing per chunk. */
async function* readChunksRecycled(
  src: ByteSource,
  readInto: (offset: number, target: Uint8Array) => Promise<number>,
  start: number,
  end: number,
  chunkBytes: number,
): AsyncGenerator<Uint8Array> {
  const size = Math.max(0, Math.min(chunkBytes, end - start));
  const buffers = [new Uint8Array(size), new Uint8Array(size)];
  let turn = 0;
  let at = start;
  const next = (): Promise<Uint8Array> | null => {
    if (at >= end || at >= src.size) return null;
    const target = buffers[turn]!.subarray(0, Math.min(chunkBytes, end - at));
    const from = at;
    turn = 1 - turn;
    return readInto(from, target).then((n) => target.subarray(0, n));
  };
  let pending = next();
  while (pending) {
    const chunk = await pending;
    if (chunk.length === 0) return;
    at += chunk.length;
    pending = next();
    yield chunk;
  }
}
