import { contentCacheUrl, contentHashFromEtag, STEM_CACHE_NAME, stemIndexUrl } from './stemCacheKey';

/** A persistent store of stem bytes in the browser. */
export interface StemCache {
  /** The stem's bytes if they were stored before; null on a miss. */
  get(stemId: string): Promise<ArrayBuffer | null>;
  /** Stores bytes under their content hash (from the ETag); does nothing without a strong sha256 ETag. */
  put(stemId: string, etag: string | null, bytes: ArrayBuffer): Promise<void>;
  /** False when the browser gives us no Cache API (insecure origin, private mode): nothing persists. */
  readonly persistent: boolean;
}

const noCache: StemCache = {
  get: async () => null,
  put: async () => {},
  persistent: false,
};

/**
 * Opens the stem cache on the Cache API. The Cache API exists only in secure contexts (https or
 * localhost); elsewhere stems are downloaded on every visit, which is slower but still correct.
 */
export async function openStemCache(): Promise<StemCache> {
  if (typeof caches === 'undefined') return noCache;
  let cache: Cache;
  try {
    cache = await caches.open(STEM_CACHE_NAME);
  } catch {
    return noCache;
  }
  return {
    persistent: true,
    async get(stemId) {
      const index = await cache.match(stemIndexUrl(stemId));
      if (index === undefined) return null;
      const hash = contentHashFromEtag(index.headers.get('etag'));
      if (hash === null) return null;
      const content = await cache.match(contentCacheUrl(hash));
      return content === undefined ? null : content.arrayBuffer();
    },
    async put(stemId, etag, bytes) {
      const hash = contentHashFromEtag(etag);
      if (hash === null) return;
      try {
        // Content first: an index entry must never point at bytes that are not stored.
        await cache.put(
          contentCacheUrl(hash),
          new Response(bytes, { headers: { 'content-length': String(bytes.byteLength) } }),
        );
        await cache.put(stemIndexUrl(stemId), new Response(null, { headers: { etag: `"${hash}"` } }));
      } catch {
        // Quota exceeded or storage disabled: playing still works, the next visit downloads again.
      }
    },
  };
}
