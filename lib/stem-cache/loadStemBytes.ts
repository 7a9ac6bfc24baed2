import type { StemCache } from './openStemCache';
import { stemFileUrl } from './stemCacheKey';

/** Where a stem's bytes came from. */
export type StemSource = 'cache' | 'network';

/** A stem to load: its id and its size as the server reported it (for progress before headers arrive). */
export interface StemToLoad {
  id: string;
  sizeBytes: number;
}

/**
 * A stem's original bytes: from the cache when stored there, else downloaded (streamed, reporting
 * `onBytes(received, total)` as chunks arrive) and stored for the next visit.
 */
export async function loadStemBytes(
  stem: StemToLoad,
  cache: StemCache,
  onBytes: (receivedBytes: number, totalBytes: number) => void,
  signal?: AbortSignal,
): Promise<{ bytes: ArrayBuffer; source: StemSource }> {
  const cached = await cache.get(stem.id);
  if (cached !== null) {
    onBytes(cached.byteLength, cached.byteLength);
    return { bytes: cached, source: 'cache' };
  }
  const response = await fetch(stemFileUrl(stem.id), { signal });
  if (!response.ok || response.body === null) {
    throw new Error(`Could not download the stem (HTTP ${response.status}).`);
  }
  const total = Number(response.headers.get('content-length')) || stem.sizeBytes;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received, Math.max(total, received));
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  await cache.put(stem.id, response.headers.get('etag'), bytes.buffer);
  return { bytes: bytes.buffer, source: 'network' };
}
