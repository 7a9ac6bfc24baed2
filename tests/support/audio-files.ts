import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWav24Encoder } from '@/lib/render/wav24Encoder';

/** A stereo 24-bit WAV of a sine, made in memory for upload tests. */
export function sineWav24(options: {
  seconds: number;
  sampleRate?: number;
  freqHz?: number;
  amplitude?: number;
}): Uint8Array {
  const sampleRate = options.sampleRate ?? 48_000;
  const frames = Math.round(options.seconds * sampleRate);
  const channel = new Float32Array(frames);
  const w = (2 * Math.PI * (options.freqHz ?? 440)) / sampleRate;
  const a = options.amplitude ?? 0.5;
  for (let i = 0; i < frames; i++) channel[i] = a * Math.sin(w * i);
  const encoder = createWav24Encoder({ sampleRate, channels: 2, totalFrames: frames });
  return concat([encoder.header(), encoder.encode([channel, channel]), encoder.end()]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The body of an upload as the route handler sees it: chunks arriving one after another. */
export async function* chunked(bytes: Uint8Array, chunkBytes = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += chunkBytes) yield bytes.subarray(i, i + chunkBytes);
}

/** `wav` re-encoded by /usr/bin/ffmpeg as FLAC or MP3 (the tests' way to get real compressed files). */
export function encodeWithFfmpeg(wav: Uint8Array, format: 'flac' | 'mp3'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-enc-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.wav'), wav);
    execFileSync('/usr/bin/ffmpeg', [
      '-loglevel',
      'error',
      '-i',
      path.join(dir, 'in.wav'),
      path.join(dir, `out.${format}`),
    ]);
    return fs.readFileSync(path.join(dir, `out.${format}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
