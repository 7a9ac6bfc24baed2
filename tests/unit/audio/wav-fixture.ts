/** Builds WAV files byte by byte for decoder tests, including odd and hostile layouts. */

export interface WavSpec {
  encoding: 'pcm' | 'float';
  bits: 8 | 16 | 24 | 32 | 64;
  sampleRate: number;
  /** Raw values per channel: integers as stored (8-bit unsigned) or floats. */
  channels: number[][];
  extensible?: boolean;
}

export interface Chunk {
  id: string;
  body: Uint8Array;
  /** Size written in the header when it should lie about the body. */
  declaredSize?: number;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The fmt chunk body for a spec (16 bytes, or 40 for WAVE_FORMAT_EXTENSIBLE). */
export const fmtBody = (spec: WavSpec): Uint8Array => {
  const n = spec.channels.length;
  const blockAlign = (n * spec.bits) / 8;
  const body = new Uint8Array(spec.extensible ? 40 : 16);
  const v = new DataView(body.buffer);
  const tag = spec.encoding === 'pcm' ? 1 : 3;
  v.setUint16(0, spec.extensible ? 0xfffe : tag, true);
  v.setUint16(2, n, true);
  v.setUint32(4, spec.sampleRate, true);
  v.setUint32(8, spec.sampleRate * blockAlign, true);
  v.setUint16(12, blockAlign, true);
  v.setUint16(14, spec.bits, true);
  if (spec.extensible) {
    v.setUint16(16, 22, true);
    v.setUint16(18, spec.bits, true);
    v.setUint32(20, n === 2 ? 3 : 4, true);
    v.setUint16(24, tag, true);
    body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  return body;
};

/** Interleaved sample bytes for a spec. */
export const dataBody = (spec: WavSpec): Uint8Array => {
  const n = spec.channels.length;
  const frames = spec.channels[0]!.length;
  const step = spec.bits / 8;
  const body = new Uint8Array(frames * n * step);
  const v = new DataView(body.buffer);
  for (let f = 0; f < frames; f++) {
    for (let c = 0; c < n; c++) {
      const at = (f * n + c) * step;
      const x = spec.channels[c]![f]!;
      if (spec.encoding === 'float') {
        if (spec.bits === 32) v.setFloat32(at, x, true);
        else v.setFloat64(at, x, true);
      } else if (spec.bits === 8) v.setUint8(at, x);
      else if (spec.bits === 16) v.setInt16(at, x, true);
      else if (spec.bits === 24) {
        v.setUint8(at, x & 0xff);
        v.setUint8(at + 1, (x >> 8) & 0xff);
        v.setUint8(at + 2, (x >> 16) & 0xff);
      } else v.setInt32(at, x, true);
    }
  }
  return body;
};

/** Assembles a RIFF/WAVE file from chunks in the given order (odd bodies get their pad byte). */
export const riff = (chunks: Chunk[]): Uint8Array => {
  const size = chunks.reduce((s, c) => s + 8 + c.body.length + (c.body.length & 1), 4);
  const out = new Uint8Array(8 + size);
  const v = new DataView(out.buffer);
  out.set(ascii('RIFF'), 0);
  v.setUint32(4, size, true);
  out.set(ascii('WAVE'), 8);
  let at = 12;
  for (const c of chunks) {
    out.set(ascii(c.id), at);
    v.setUint32(at + 4, c.declaredSize ?? c.body.length, true);
    out.set(c.body, at + 8);
    at += 8 + c.body.length + (c.body.length & 1);
  }
  return out;
};

/** A plain WAV (fmt then data). */
export const makeWav = (spec: WavSpec): Uint8Array =>
  riff([
    { id: 'fmt ', body: fmtBody(spec) },
    { id: 'data', body: dataBody(spec) },
  ]);

/** A 16-bit PCM WAV from float channels in [-1, 1]. */
export const wav16 = (sampleRate: number, channels: Float32Array[]): Uint8Array =>
  makeWav({
    encoding: 'pcm',
    bits: 16,
    sampleRate,
    channels: channels.map((ch) =>
      Array.from(ch, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32767)))),
    ),
  });

/** A 24-bit PCM WAV from float channels in [-1, 1] (fast path for long signals). */
export const wav24 = (sampleRate: number, channels: Float32Array[]): Uint8Array => {
  const n = channels.length;
  const frames = channels[0]!.length;
  const data = new Uint8Array(frames * n * 3);
  for (let f = 0, at = 0; f < frames; f++) {
    for (let c = 0; c < n; c++, at += 3) {
      const x = Math.max(-8388608, Math.min(8388607, Math.round(channels[c]![f]! * 8388607)));
      data[at] = x & 0xff;
      data[at + 1] = (x >> 8) & 0xff;
      data[at + 2] = (x >> 16) & 0xff;
    }
  }
  const fmt = fmtBody({ encoding: 'pcm', bits: 24, sampleRate, channels: channels.map(() => []) });
  return riff([
    { id: 'fmt ', body: fmt },
    { id: 'data', body: data },
  ]);
};
