import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/http/callback-url';
import { contentDisposition, parseRange } from '@/lib/http/download';

describe('download headers', () => {
  it('names the attachment safely, keeping the real name in filename*', () => {
    expect(contentDisposition('Bass "DI" ü.wav')).toBe(
      `attachment; filename="Bass _DI_ _.wav"; filename*=UTF-8''Bass%20%22DI%22%20%C3%BC.wav`,
    );
  });

  it('parses byte ranges, open ranges and suffixes, and refuses ranges past the end', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=100-120', 100)).toBe('unsatisfiable');
  });
});

describe('sign-in return address', () => {
  it('returns only to paths of this site', () => {
    expect(safeCallbackUrl('/songs/abc')).toBe('/songs/abc');
    expect(safeCallbackUrl('//evil.example/x')).toBe('/projects');
    expect(safeCallbackUrl('https://evil.example/')).toBe('/projects');
    expect(safeCallbackUrl(undefined)).toBe('/projects');
  });
});
