import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { type BlobStore, BlobTooLargeError, type StagedBlob } from './blob-store';

const SHA256_RE = /^[0-9a-f]{64}$/;

/** Blobs on local disk under `<root>/ab/cdef…`, staged under `<root>/.staging`. */
export function createLocalBlobStore(root: string): BlobStore {
  const staging = path.join(root, '.staging');
  fs.mkdirSync(staging, { recursive: true });

  const blobPath = (sha256: string) => {
    if (!SHA256_RE.test(sha256)) throw new Error(`Not a sha256 content address: ${JSON.stringify(sha256)}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2));
  };

  async function place(tempPath: string, sha256: string): Promise<{ created: boolean }> {
    const target = blobPath(sha256);
    if (fs.existsSync(target)) {
      await fsp.rm(tempPath, { force: true });
      return { created: false };
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.rename(tempPath, target);
    return { created: true };
  }

  return {
    async stage(source, { maxBytes }): Promise<StagedBlob> {
      const tempPath = path.join(staging, randomUUID());
      const hash = createHash('sha256');
      const file = await fsp.open(tempPath, 'w');
      let sizeBytes = 0;
      try {
        for await (const chunk of source) {
          sizeBytes += chunk.byteLength;
          if (sizeBytes > maxBytes) throw new BlobTooLargeError(maxBytes);
          hash.update(chunk);
          await file.write(chunk);
        }
        await file.sync();
      } catch (error) {
        await file.close().catch(() => {});
        await fsp.rm(tempPath, { force: true });
        throw error;
      }
      await file.close();
      const sha256 = hash.digest('hex');
      let settled = false;
      return {
        sha256,
        sizeBytes,
        path: tempPath,
        async commit() {
          settled = true;
          return place(tempPath, sha256);
        },
        async discard() {
          if (settled) return;
          settled = true;
          await fsp.rm(tempPath, { force: true });
        },
      };
    },
    async putBytes(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (fs.existsSync(blobPath(sha256))) return sha256;
      const tempPath = path.join(staging, randomUUID());
      await fsp.writeFile(tempPath, bytes);
      await place(tempPath, sha256);
      return sha256;
    },
    async has(sha256) {
      return fs.existsSync(blobPath(sha256));
    },
    async size(sha256) {
      return (await fsp.stat(blobPath(sha256))).size;
    },
    localPath: blobPath,
    async read(sha256) {
      return new Uint8Array(await fsp.readFile(blobPath(sha256)));
    },
    createReadStream(sha256, range) {
      return fs.createReadStream(
        blobPath(sha256),
        range ? { start: range.start, end: range.end } : undefined,
      );
    },
    async delete(sha256) {
      await fsp.rm(blobPath(sha256), { force: true });
    },
  };
}
