import type { StemCache } from './openStemCache';
import { stemFileUrl } from './stemCacheKey';

/** Where a stem's bytes came from. */
export type StemSource = 'cache' | 'network';

/** A stem to load: its id and its size as the server reported it (for progress before headers arrive). */
export interface StemToLoad {
  id: string;
  sizeBytes: number;
}

/** A stem's original bytes, arriving. */
export interface StemStream {
  source: StemSource;
  totalBytes: number;
  body: ReadableStream<Uint8Array>;
  /** Whether the bytes are (now) in the browser's cache: settles once a download's copy is written. */
  stored: Promise<boolean>;
}

/**
 * Opens a stem's original bytes as a stream: from the cache when stored there, else downloaded
 * while a copy of the same stream is written to the cache for the next visit.
 */
export async function openStemStream(
  stem: StemToLoad,
  cache: StemCache,
  signal?: AbortSignal,
): Promise<StemStream> {
  const cached = await cache.match(stem.id);
  if (cached?.body) {
    const total = Number(cached.headers.get('content-length')) || stem.sizeBytes;
    return { source: 'cache', totalBytes: total, body: cached.body, stored: Promise.resolve(true) };
  }
  const response = await fetch(stemFileUrl(stem.id), { signal });
  if (!response.ok || response.body === null) {
    throw new Error(`Could not download the stem (HTTP ${response.status}).`);
  }
  const totalBytes = Number(response.headers.get('content-length')) || stem.sizeBytes;
  if (!cache.persistent) {
    return { source: 'network', totalBytes, body: response.body, stored: Promise.resolve(false) };
  }
  const [mine, copy] = response.body.tee();
  const stored = cache.put(stem.id, response.headers.get('etag'), copy);
  return { source: 'network', totalBytes, body: mine, stored };
}
