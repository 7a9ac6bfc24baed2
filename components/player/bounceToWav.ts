'use client';
import type { MixState } from '@/lib/mix';
import type { StemInput } from '@/lib/player';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';

/** What the bounce is doing, with the fraction done of that step. */
export type BouncePhase = { phase: 'rendering'; fraction: number } | { phase: 'encoding'; fraction: number };

const BLOCK_FRAMES = 1 << 16;

/** The name of a song's bounce download. */
export const bounceFileName = (songTitle: string): string =>
  `${songTitle.replace(/[\\/:*?"<>|]/g, '_').trim() || 'Song'} (bounce).wav`;

/**
 * Renders `mix` offline with the playback graph (`lib/player` renderOffline) and encodes it as a
 * stereo 24-bit PCM WAV at the stems' sample rate. Encoding runs in blocks and yields to the page
 * between them, so the progress bar moves and the page stays responsive.
 */
export async function bounceToWav(
  mix: MixState,
  stems: ReadonlyMap<string, StemInput>,
  durationSec: number,
  sampleRate: number,
  onPhase: (phase: BouncePhase) => void,
): Promise<Blob> {
  onPhase({ phase: 'rendering', fraction: 0 });
  const { renderOffline } = await import('@/lib/player');
  const rendered = await renderOffline(mix, stems, durationSec, sampleRate, 0, (fraction) =>
    onPhase({ phase: 'rendering', fraction }),
  );
  const channels = [
    rendered.getChannelData(0),
    rendered.getChannelData(rendered.numberOfChannels > 1 ? 1 : 0),
  ];
  const totalFrames = rendered.length;
  const encoder = createWav24Encoder({ sampleRate: rendered.sampleRate, channels: 2, totalFrames });
  const parts: BlobPart[] = [encoder.header() as Uint8Array<ArrayBuffer>];
  for (let from = 0; from < totalFrames; from += BLOCK_FRAMES) {
    const to = Math.min(totalFrames, from + BLOCK_FRAMES);
    parts.push(encoder.encode(channels.map((c) => c.subarray(from, to))) as Uint8Array<ArrayBuffer>);
    onPhase({ phase: 'encoding', fraction: to / totalFrames });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  parts.push(encoder.end() as Uint8Array<ArrayBuffer>);
  return new Blob(parts, { type: 'audio/wav' });
}

/** Hands a blob to the browser as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
