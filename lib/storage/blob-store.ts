import type { Readable } from 'node:stream';

/** A blob received but not yet kept: it has a local path so it can be checked before it is committed. */
export interface StagedBlob {
  sha256: string;
  sizeBytes: number;
  /** Local file holding the bytes until commit or discard. */
  path: string;
  /** Moves the bytes under their content address. Returns false if the same content was already stored. */
  commit(): Promise<{ created: boolean }>;
  /** Removes the staged bytes. Safe to call twice. */
  discard(): Promise<void>;
}

/** Content-addressed (sha256) storage for stems, bounces and packages. */
export interface BlobStore {
  /** Streams a body to a staging file, hashing as it goes; refuses more than maxBytes (and leaves nothing). */
  stage(source: AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StagedBlob>;
  /** Stores bytes already in memory; returns their sha256. */
  putBytes(bytes: Uint8Array): Promise<string>;
  has(sha256: string): Promise<boolean>;
  size(sha256: string): Promise<number>;
  /** A local path to read the blob from (local disk store: the blob itself). */
  localPath(sha256: string): string;
  read(sha256: string): Promise<Uint8Array>;
  createReadStream(sha256: string, range?: { start: number; end: number }): Readable;
  delete(sha256: string): Promise<void>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${formatBytes(maxBytes)}.`);
    this.name = 'BlobTooLargeError';
  }
}

/** 2147483648 -> "2 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
