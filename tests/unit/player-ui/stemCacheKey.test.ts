import { describe, expect, it } from 'vitest';
import {
  contentCacheUrl,
  contentHashFromEtag,
  stemFileUrl,
  stemIndexUrl,
} from '@/lib/stem-cache/stemCacheKey';

const SHA = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

describe('the stem cache keys', () => {
  it('takes the content hash from the strong ETag the file route sends', () => {
    expect(contentHashFromEtag(`"${SHA}"`)).toBe(SHA);
    expect(contentHashFromEtag(` "${SHA.toUpperCase()}" `)).toBe(SHA);
  });

  it('refuses weak, missing or non-sha256 ETags, so such bytes are never stored under a content key', () => {
    expect(contentHashFromEtag(null)).toBeNull();
    expect(contentHashFromEtag(`W/"${SHA}"`)).toBeNull();
    expect(contentHashFromEtag(SHA)).toBeNull();
    expect(contentHashFromEtag('"abc123"')).toBeNull();
    expect(contentHashFromEtag(`"${SHA}0"`)).toBeNull();
  });

  it('stores the same content once whichever stem points at it', () => {
    expect(contentCacheUrl(SHA)).toBe(`/__stem-cache/content/${SHA}`);
    expect(stemIndexUrl('stem-1')).not.toBe(stemIndexUrl('stem-2'));
  });

  it('keeps stem ids from escaping their path segment', () => {
    expect(stemIndexUrl('a/../b')).toBe('/__stem-cache/stem/a%2F..%2Fb');
    expect(stemFileUrl('a/b')).toBe('/api/v1/stems/a%2Fb/file');
  });
});
