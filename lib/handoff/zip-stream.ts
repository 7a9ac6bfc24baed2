import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** A file of the package: small text in memory, or large audio streamed from storage. */
export type ZipEntry =
  | { name: string; bytes: Uint8Array; compress?: boolean }
  | { name: string; stream: () => AsyncIterable<Uint8Array> };

/**
 * Streams a zip of `entries` (fflate), one file after another: audio is stored as is (it does not deflate),
 * text is deflated. The producer waits whenever the consumer's queue is full, so memory stays flat.
 */
export function zipStream(entries: readonly ZipEntry[]): ReadableStream<Uint8Array> {
  let wake: (() => void) | null = null;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const zip = new Zip((error, chunk, final) => {
          if (cancelled) return;
          if (error) {
            controller.error(error);
            return;
          }
          if (chunk.length > 0) controller.enqueue(chunk);
          if (final) controller.close();
        });
        const room = async () => {
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((r) => (wake = r));
        };
        void (async () => {
          try {
            for (const entry of entries) {
              if (cancelled) return;
              if ('bytes' in entry) {
                const file =
                  entry.compress === false ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name);
                zip.add(file);
                file.push(entry.bytes, true);
              } else {
                const file = new ZipPassThrough(entry.name);
                zip.add(file);
                for await (const chunk of entry.stream()) {
                  if (cancelled) return;
                  file.push(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk));
                  await room();
                }
                file.push(new Uint8Array(0), true);
              }
              await room();
            }
            zip.end();
          } catch (error) {
            controller.error(error);
          }
        })();
      },
      pull() {
        wake?.();
        wake = null;
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 8 },
  );
}
