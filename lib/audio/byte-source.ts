/**
 * The smallest random-access view of a file the codecs need. `read` returns at most `length` bytes
 * (fewer only at the end of the source) and never throws for an in-range request.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Optional: fills `target` from `offset` and resolves to the bytes written (fewer only at the end).
   * Streaming decoders use it to recycle two buffers instead of allocating one per chunk.
   */
  readInto?(offset: number, target: Uint8Array): Promise<number>;
}

/** A ByteSource over bytes already in memory (tests, small uploads). */
export const memoryByteSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (offset, length) => {
    const start = Math.max(0, Math.min(offset, bytes.length));
    return bytes.subarray(start, Math.min(bytes.length, start + Math.max(0, length)));
  },
});
