import type { PeakLevel, Peaks } from './peaks';
import { err, ok, type Result } from './result';

/*
 * Binary peaks format, version 1 (all integers little-endian):
 *
 *   offset  size  field
 *   0       4     magic "MXPK"
 *   4       1     version = 1
 *   5       1     bytes per value = 1 (signed 8-bit; value / 127 = amplitude, full scale = ±127)
 *   6       1     level count L (1..16)
 *   7       1     reserved, 0
 *   8       4     sample rate (Hz, u32)
 *   12      8     total frames (f64, an integer)
 *   20      8·L   per level: frames per column (u32), column count (u32)
 *   20+8·L  ...   per level in order: column count × (min i8, max i8), interleaved
 *
 * The column count of a level is ceil(total frames / frames per column); the decoder checks it, and
 * that the byte length matches exactly, so a truncated or padded file is refused.
 */

const MAGIC = [0x4d, 0x58, 0x50, 0x4b];
const VERSION = 1;
const HEADER_BYTES = 20;
const LEVEL_BYTES = 8;
const MAX_LEVELS = 16;

/** Serialises peaks to the versioned binary format described above. */
export const encodePeaks = (peaks: Peaks): Uint8Array => {
  const data = peaks.levels.reduce((n, l) => n + 2 * l.min.length, 0);
  const out = new Uint8Array(HEADER_BYTES + LEVEL_BYTES * peaks.levels.length + data);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[4] = VERSION;
  out[5] = 1;
  out[6] = peaks.levels.length;
  view.setUint32(8, peaks.sampleRate, true);
  view.setFloat64(12, peaks.frames, true);
  let at = HEADER_BYTES;
  for (const level of peaks.levels) {
    view.setUint32(at, level.framesPerColumn, true);
    view.setUint32(at + 4, level.min.length, true);
    at += LEVEL_BYTES;
  }
  for (const level of peaks.levels) {
    for (let c = 0; c < level.min.length; c++) {
      view.setInt8(at++, level.min[c]!);
      view.setInt8(at++, level.max[c]!);
    }
  }
  return out;
};

/** Parses the binary peaks format, refusing anything malformed. */
export const decodePeaks = (bytes: Uint8Array): Result<Peaks> => {
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
    return err('These bytes are not a Mixroom peaks file.');
  }
  if (bytes[4] !== VERSION)
    return err(`The peaks file has version ${bytes[4]}; only version 1 is understood.`);
  if (bytes[5] !== 1) return err('The peaks file uses an unsupported value size.');
  const levelCount = bytes[6]!;
  if (levelCount < 1 || levelCount > MAX_LEVELS)
    return err('The peaks file has an invalid number of levels.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sampleRate = view.getUint32(8, true);
  const frames = view.getFloat64(12, true);
  if (!Number.isSafeInteger(frames) || frames < 0) return err('The peaks file has an invalid length.');
  if (bytes.length < HEADER_BYTES + LEVEL_BYTES * levelCount) return err('The peaks file is truncated.');
  const shapes: { framesPerColumn: number; columns: number }[] = [];
  let expected = HEADER_BYTES + LEVEL_BYTES * levelCount;
  for (let l = 0; l < levelCount; l++) {
    const framesPerColumn = view.getUint32(HEADER_BYTES + LEVEL_BYTES * l, true);
    const columns = view.getUint32(HEADER_BYTES + LEVEL_BYTES * l + 4, true);
    if (framesPerColumn === 0 || columns !== Math.ceil(frames / framesPerColumn)) {
      return err('The peaks file is damaged: a level does not match the audio length.');
    }
    shapes.push({ framesPerColumn, columns });
    expected += 2 * columns;
  }
  if (bytes.length !== expected) return err('The peaks file is truncated or has trailing bytes.');
  let at = HEADER_BYTES + LEVEL_BYTES * levelCount;
  const levels: PeakLevel[] = shapes.map(({ framesPerColumn, columns }) => {
    const min = new Int8Array(columns);
    const max = new Int8Array(columns);
    for (let c = 0; c < columns; c++) {
      min[c] = view.getInt8(at++);
      max[c] = view.getInt8(at++);
    }
    return { framesPerColumn, min, max };
  });
  return ok({ sampleRate, frames, levels });
};
