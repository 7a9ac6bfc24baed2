import type { WavFormat } from './wav-layout';

/**
 * Converts interleaved little-endian PCM/float frames to one Float32Array per channel.
 * `reuse` may pass the arrays of the previous call: their storage is overwritten.
 * Integers scale by 2^(bits-1), so full-scale negative is exactly -1 (8-bit is unsigned, offset 128).
 */
export const pcmToFloat = (bytes: Uint8Array, format: WavFormat, reuse?: Float32Array[]): Float32Array[] => {
  const { channels, blockAlign, bitsPerSample, encoding } = format;
  const frames = Math.floor(bytes.length / blockAlign);
  // Reusing the caller's arrays (when big enough) keeps a long decode from churning the garbage collector.
  const out: Float32Array[] = [];
  for (let c = 0; c < channels; c++) {
    const old = reuse?.[c];
    out.push(
      old && old.buffer.byteLength >= frames * 4
        ? new Float32Array(old.buffer, 0, frames)
        : new Float32Array(frames),
    );
  }
  const step = bitsPerSample / 8;
  for (let c = 0; c < channels; c++) {
    const dst = out[c]!;
    let i = c * step;
    if (encoding === 'float') {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (bitsPerSample === 32)
        for (let f = 0; f < frames; f++, i += blockAlign) dst[f] = view.getFloat32(i, true);
      else for (let f = 0; f < frames; f++, i += blockAlign) dst[f] = view.getFloat64(i, true);
    } else if (bitsPerSample === 16) {
      for (let f = 0; f < frames; f++, i += blockAlign) {
        dst[f] = (((bytes[i]! | (bytes[i + 1]! << 8)) << 16) >> 16) * (1 / 32768);
      }
    } else if (bitsPerSample === 24) {
      for (let f = 0; f < frames; f++, i += blockAlign) {
        dst[f] = (((bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16)) << 8) >> 8) * (1 / 8388608);
      }
    } else if (bitsPerSample === 32) {
      for (let f = 0; f < frames; f++, i += blockAlign) {
        dst[f] =
          (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) *
          (1 / 2147483648);
      }
    } else {
      for (let f = 0; f < frames; f++, i += blockAlign) dst[f] = (bytes[i]! - 128) * (1 / 128);
    }
  }
  return out;
};
