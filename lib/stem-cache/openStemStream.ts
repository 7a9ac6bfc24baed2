import type { DownloadSlots } from './downloadSlots';
import type { StemCache } from './openStemCache';
import { stemFileUrl } from './stemCacheKey';

/** Where a stem's bytes came from. */
export type StemSource = 'cache' | 'network';

/** A stem to load, as the server reported it (for progress before headers arrive, and the head size). */
export interface StemToLoad {
  id: string;
  sizeBytes: number;
  sampleRate: number;
  channels: number;
}

/** A stem's original bytes, arriving. */
export interface StemStream {
  source: StemSource;
  totalBytes: number;
  body: ReadableStream<Uint8Array>;
  /** Whether the bytes are (now) in the browser's cache: settles once a download's copy is written. */
  stored: Promise<boolean>;
}

/** Seconds of audio the first request asks for: the first segment (2 s) at up to 32 bits, plus headers. */
const HEAD_SECONDS = 2.5;
const HEAD_SLACK_BYTES = 64 * 1024;
/**
 * The rest is downloaded in pieces, each taking a download slot in turn: 1 MiB first, doubling up
 * to 8 MiB. Small early pieces keep the stems level at the start (the song plays only as far as
 * its least loaded stem), large later ones keep the request count down.
 */
const FIRST_PIECE_BYTES = 1024 * 1024;
export const PIECE_BYTES = 8 * 1024 * 1024;
const pieceBytes = (index: number) => Math.min(PIECE_BYTES, FIRST_PIECE_BYTES * 2 ** index);

/** Bytes that hold the stem's first seconds (and a WAV's header chunks) whatever its encoding. */
export const headBytesOf = (stem: StemToLoad): number =>
  HEAD_SLACK_BYTES + Math.ceil(HEAD_SECONDS * stem.sampleRate * Math.max(1, stem.channels) * 4);

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/**
 * Opens a stem's original bytes as a stream: from the cache when stored there, else downloaded.
 * A download asks for the stem's first seconds alone (`Range`), so every stem of a song can start
 * before any has finished over the browser's few connections per host; the rest follows in pieces
 * of 1 to 8 MiB, each fetched only when the reader gets to it, through `slots`. The bytes
 * are copied to the cache as the reader takes them; a download that breaks off stores nothing.
 */
export async function openStemStream(
  stem: StemToLoad,
  cache: StemCache,
  slots: DownloadSlots,
  signal?: AbortSignal,
): Promise<StemStream> {
  const cached = await cache.match(stem.id);
  if (cached?.body) {
    const total = Number(cached.headers.get('content-length')) || stem.sizeBytes;
    return { source: 'cache', totalBytes: total, body: cached.body, stored: Promise.resolve(true) };
  }
  const url = stemFileUrl(stem.id);
  const headEnd = Math.min(stem.sizeBytes, headBytesOf(stem)) - 1;
  const head = await fetch(url, { headers: { range: `bytes=0-${Math.max(0, headEnd)}` }, signal });
  const failed = (response: Response) => new Error(`Could not download the stem (HTTP ${response.status}).`);
  if (!(head.status === 200 || head.status === 206) || head.body === null) throw failed(head);
  const etag = head.headers.get('etag');
  let totalBytes: number;
  let body: ReadableStream<Uint8Array>;
  const range = CONTENT_RANGE.exec(head.headers.get('content-range') ?? '');
  if (head.status === 206 && range) {
    totalBytes = Number(range[3]);
    body = piecewise(url, head.body, Number(range[2]) + 1, totalBytes, etag, slots, signal);
  } else {
    // The whole file came back (no range support, or a file smaller than the head).
    totalBytes = Number(head.headers.get('content-length')) || stem.sizeBytes;
    body = head.body;
  }
  if (!cache.persistent) return { source: 'network', totalBytes, body, stored: Promise.resolve(false) };
  const copied = copyTo(body);
  return { source: 'network', totalBytes, body: copied.body, stored: cache.put(stem.id, etag, copied.copy) };
}

/** The head's bytes, then the rest fetched piece by piece as the reader asks for more. */
function piecewise(
  url: string,
  headBody: ReadableStream<Uint8Array>,
  from: number,
  totalBytes: number,
  etag: string | null,
  slots: DownloadSlots,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = headBody.getReader();
  let next = from;
  let pieces = 0;
  let release: (() => void) | null = null;
  const giveBack = () => {
    release?.();
    release = null;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            if (reader !== null) {
              const { done, value } = await reader.read();
              if (!done) {
                controller.enqueue(value);
                return;
              }
              reader = null;
              giveBack();
            }
            if (next >= totalBytes) {
              controller.close();
              return;
            }
            release = await slots.acquire(signal);
            const end = Math.min(totalBytes, next + pieceBytes(pieces)) - 1;
            pieces += 1;
            const piece = await fetch(url, { headers: { range: `bytes=${next}-${end}` }, signal });
            const got = CONTENT_RANGE.exec(piece.headers.get('content-range') ?? '');
            if (piece.status !== 206 || piece.body === null || !got || Number(got[1]) !== next) {
              throw new Error(`Could not download the rest of the stem (HTTP ${piece.status}).`);
            }
            if (etag !== null && piece.headers.get('etag') !== etag) {
              throw new Error('The stem changed on the server while it was downloading; reload the page.');
            }
            reader = piece.body.getReader();
            next = end + 1;
          }
        } catch (error) {
          giveBack();
          throw error;
        }
      },
      async cancel(reason) {
        giveBack();
        await reader?.cancel(reason);
      },
    },
    // Pull only when read: the rest must not start downloading before the reader wants it.
    { highWaterMark: 0 },
  );
}

/** Passes `source` through to `body`, handing every chunk the reader takes to `copy` as well. */
function copyTo(source: ReadableStream<Uint8Array>): {
  body: ReadableStream<Uint8Array>;
  copy: ReadableStream<Uint8Array>;
} {
  let copyController!: ReadableStreamDefaultController<Uint8Array>;
  const copy = new ReadableStream<Uint8Array>({
    start(controller) {
      copyController = controller;
    },
  });
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            copyController.close();
            controller.close();
            return;
          }
          copyController.enqueue(value);
          controller.enqueue(value);
        } catch (error) {
          copyController.error(error);
          throw error;
        }
      },
      async cancel(reason) {
        copyController.error(reason);
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, copy };
}
