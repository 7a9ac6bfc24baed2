/** Name of the Cache API bucket; bump the suffix if the entry layout below ever changes. */
export const STEM_CACHE_NAME = 'mixroom-stems-v1';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The content hash a stem's `ETag` carries (`"<sha256>"`, as `GET /api/v1/stems/:id/file` sends it).
 * Weak validators (`W/"…"`) and anything that is not a sha256 give null: such bytes are not
 * content-addressed, so they must not be cached under a content key.
 */
export const contentHashFromEtag = (etag: string | null): string | null => {
  if (etag === null) return null;
  const match = /^"([^"]*)"$/.exec(etag.trim());
  const hash = match?.[1]?.toLowerCase();
  return hash !== undefined && SHA256_HEX.test(hash) ? hash : null;
};

/**
 * Cache key of a stem's bytes: by content, so the same audio uploaded twice (or in two songs) is
 * stored once. A path under our own origin, never fetched from the network.
 */
export const contentCacheUrl = (sha256: string): string => `/__stem-cache/content/${sha256}`;

/**
 * Cache key of the small index entry that maps a stem id to its content hash. A stem's bytes never
 * change (the file route answers `immutable`), so a hit here needs no revalidation request.
 */
export const stemIndexUrl = (stemId: string): string => `/__stem-cache/stem/${encodeURIComponent(stemId)}`;

/** Where the browser downloads a stem's original bytes. */
export const stemFileUrl = (stemId: string): string => `/api/v1/stems/${encodeURIComponent(stemId)}/file`;
