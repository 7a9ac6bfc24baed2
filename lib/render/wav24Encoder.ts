/** Options of the streaming 24-bit PCM WAV encoder. */
export interface Wav24EncoderOptions {
  sampleRate: number;
  channels: number;
  /** Total frames that will be encoded; the RIFF header states sizes up front. */
  totalFrames: number;
  /** Adds ±1 LSB triangular (TPDF) dither before quantising. Off by default. */
  dither?: boolean;
  /** Seed of the dither noise, so the same inputs always give the same file. */
  ditherSeed?: number;
}

/** A streaming encoder: write `header()` first, then `encode(block)` for each block in order. */
export interface Wav24Encoder {
  header(): Uint8Array;
  encode(channels: readonly Float32Array[]): Uint8Array;
  /** Bytes to write after the last block (RIFF pads an odd-sized data chunk with one zero byte). */
  end(): Uint8Array;
}

const FULL_SCALE = 8_388_608; // 2^23

/** Creates a 24-bit PCM WAV encoder; samples are clipped to [-1, 1) (i.e. to [-2^23, 2^23 − 1]). */
export function createWav24Encoder(options: Wav24EncoderOptions): Wav24Encoder {
  const { sampleRate, channels, totalFrames } = options;
  const blockAlign = channels * 3;
  const dataBytes = totalFrames * blockAlign;
  // xorshift32: deterministic, fast, good enough for dither noise.
  let seed = (options.ditherSeed ?? 0x9e3779b9) >>> 0 || 1;
  const uniform = (): number => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed / 4_294_967_296;
  };
  const dither = options.dither === true;
  return {
    header() {
      const h = new Uint8Array(44);
      const v = new DataView(h.buffer);
      const ascii = (at: number, s: string) => {
        for (let i = 0; i < s.length; i++) h[at + i] = s.charCodeAt(i);
      };
      ascii(0, 'RIFF');
      v.setUint32(4, 36 + dataBytes + (dataBytes & 1), true);
      ascii(8, 'WAVE');
      ascii(12, 'fmt ');
      v.setUint32(16, 16, true);
      v.setUint16(20, 1, true);
      v.setUint16(22, channels, true);
      v.setUint32(24, sampleRate, true);
      v.setUint32(28, sampleRate * blockAlign, true);
      v.setUint16(32, blockAlign, true);
      v.setUint16(34, 24, true);
      ascii(36, 'data');
      v.setUint32(40, dataBytes, true);
      return h;
    },
    encode(block) {
      const frames = block[0]?.length ?? 0;
      const out = new Uint8Array(frames * blockAlign);
      let o = 0;
      for (let i = 0; i < frames; i++) {
        for (let c = 0; c < channels; c++) {
          let x = block[c]![i]! * FULL_SCALE;
          if (dither) x += uniform() - uniform();
          let s = Math.round(x);
          if (s > FULL_SCALE - 1) s = FULL_SCALE - 1;
          else if (s < -FULL_SCALE) s = -FULL_SCALE;
          else if (Number.isNaN(s)) s = 0;
          out[o++] = s & 0xff;
          out[o++] = (s >> 8) & 0xff;
          out[o++] = (s >> 16) & 0xff;
        }
      }
      return out;
    },
    end() {
      return new Uint8Array(dataBytes & 1);
    },
  };
}
