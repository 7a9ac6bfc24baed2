import { contentCacheUrl, contentHashFromEtag, STEM_CACHE_NAME, stemIndexUrl } from './stemCacheKey';

/** A persistent store of stem bytes in the browser. */
export interface StemCache {
  /** The stem's bytes as a response to stream from, if they were stored before; null on a miss. */
  match(stemId: string): Promise<Response | null>;
  /**
   * Stores bytes (streamed: the body may still be arriving) under their content hash from the ETag;
   * does nothing without a strong sha256 ETag. Resolves true once stored, false if it was not.
   */
  put(stemId: string, etag: string | null, body: ReadableStream<Uint8Array> | ArrayBuffer): Promise<boolean>;
  /** False when the browser gives us no Cache API (insecure origin, private mode): nothing persists. */
  readonly persistent: boolean;
}

const noCache: StemCache = {
  match: async () => null,
  put: async (_stemId, _etag, body) => {
    if (body instanceof ReadableStream) await body.cancel();
    return false;
  },
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
    async match(stemId) {
      const index = await cache.match(stemIndexUrl(stemId));
      if (index === undefined) return null;
      const hash = contentHashFromEtag(index.headers.get('etag'));
      if (hash === null) return null;
      const content = await cache.match(contentCacheUrl(hash));
      return content === undefined || content.body === null ? null : content;
    },
    async put(stemId, etag, body) {
      const hash = contentHashFromEtag(etag);
      if (hash === null) {
        if (body instanceof ReadableStream) await body.cancel();
        return false;
      }
      try {
        // Content first: an index entry must never point at bytes that are not stored. A stream that
        // fails half way (the page closed, the network dropped) rejects the put and stores nothing.
        await cache.put(contentCacheUrl(hash), new Response(body));
        await cache.put(stemIndexUrl(stemId), new Response(null, { headers: { etag: `"${hash}"` } }));
        return true;
      } catch {
        // Quota exceeded or storage disabled: playing still works, the next visit downloads again.
        return false;
      }
    },
  };
}
