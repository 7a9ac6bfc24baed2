// Browser entry of the parity test: bundled with esbuild into an IIFE and loaded into headless Chromium.
import type { MixState } from '../../../lib/mix/types';
import { renderOffline } from '../../../lib/player/renderOffline';
import { StemAudio } from '../../../lib/player/stemAudio';

const fromBase64 = (b64: string): Float32Array<ArrayBuffer> => {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Float32Array(bytes.buffer);
};

const toBase64 = (data: Float32Array): string => {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

const bufferOf = (data: Float32Array<ArrayBuffer>[], sampleRate: number): AudioBuffer => {
  const buffer = new AudioBuffer({ length: data[0]!.length, numberOfChannels: data.length, sampleRate });
  data.forEach((d, c) => {
    buffer.copyToChannel(d, c);
  });
  return buffer;
};

/**
 * Renders `mix` offline; stems and the result travel as base64 float32 channels. With `splitFrames`,
 * every stem is handed over as segments cut at those frames (as the song page loads them).
 */
async function mixroomRender(
  mix: MixState,
  stems: Record<string, string[]>,
  durationSec: number,
  sampleRate: number,
  startSec: number,
  splitFrames: number[] = [],
  progress?: number[],
): Promise<string[]> {
  const buffers = new Map<string, AudioBuffer | StemAudio>();
  for (const [id, channels] of Object.entries(stems)) {
    const data = channels.map(fromBase64);
    if (splitFrames.length === 0) {
      buffers.set(id, bufferOf(data, sampleRate));
      continue;
    }
    const length = data[0]!.length;
    const stem = new StemAudio(sampleRate, length, data.length);
    const cuts = [0, ...splitFrames.filter((f) => f > 0 && f < length), length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      stem.add(
        bufferOf(
          data.map((d) => d.slice(cuts[i], cuts[i + 1])),
          sampleRate,
        ),
      );
    }
    buffers.set(id, stem);
  }
  const out = await renderOffline(
    mix,
    buffers,
    durationSec,
    sampleRate,
    startSec,
    progress === undefined ? undefined : (fraction) => progress.push(fraction),
  );
  return [toBase64(out.getChannelData(0)), toBase64(out.getChannelData(1))];
}

/** The same render with progress reports: the channels and every fraction reported, in order. */
async function mixroomRenderWithProgress(
  mix: MixState,
  stems: Record<string, string[]>,
  durationSec: number,
  sampleRate: number,
): Promise<{ channels: string[]; fractions: number[] }> {
  const fractions: number[] = [];
  const channels = await mixroomRender(mix, stems, durationSec, sampleRate, 0, [], fractions);
  return { channels, fractions };
}

Object.assign(globalThis, { mixroomRender, mixroomRenderWithProgress });
