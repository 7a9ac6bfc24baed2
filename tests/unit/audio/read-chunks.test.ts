import { describe, expect, it } from 'vitest';
import type { ByteSource } from '@/lib/audio/byte-source';
import { readChunks } from '@/lib/audio/read-chunks';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);
const source: ByteSource = {
  size: bytes.length,
  read: async (offset, length) => bytes.slice(offset, offset + length),
  readInto: async (offset, target) => {
    const part = bytes.subarray(offset, offset + target.length);
    target.set(part);
    return part.length;
  },
};

const collect = async (recycle: boolean) => {
  const copies: number[] = [];
  const storages = new Set<ArrayBufferLike>();
  for await (const chunk of readChunks(source, 123, 9_000, 1000, recycle)) {
    copies.push(...chunk);
    storages.add(chunk.buffer);
  }
  return { copies, storages };
};

describe('readChunks', () => {
  it('yields exactly the requested range, in order, with or without recycled buffers', async () => {
    const expected = Array.from(bytes.subarray(123, 9_000));
    expect((await collect(false)).copies).toEqual(expected);
    expect((await collect(true)).copies).toEqual(expected);
  });

  it('recycles two buffers when asked and the source can read into them', async () => {
    expect((await collect(true)).storages.size).toBe(2);
    expect((await collect(false)).storages.size).toBeGreaterThan(2);
  });
});
