/** Container formats the codecs recognise by their bytes. */
export type AudioFormat = 'wav' | 'flac' | 'mp3';

/** What a probe learns about a file before decoding it. */
export interface AudioFacts {
  format: AudioFormat;
  sampleRate: number;
  channels: number;
  /** Bits per sample as stored (absent for MP3, which has none). */
  bitDepth?: number;
  durationSec: number;
  frames: number;
}

export const SAMPLE_RATE_MIN_HZ = 8_000;
export const SAMPLE_RATE_MAX_HZ = 384_000;
export const CHANNELS_MAX = 8;

/** Returns a readable refusal when the rate or channel count is outside what Mixroom accepts, else null. */
export const checkStreamLimits = (sampleRate: number, channels: number): string | null => {
  if (!Number.isFinite(sampleRate) || sampleRate < SAMPLE_RATE_MIN_HZ || sampleRate > SAMPLE_RATE_MAX_HZ) {
    return `The sample rate of ${sampleRate} Hz is not supported: it must be between 8 kHz and 384 kHz.`;
  }
  if (!Number.isInteger(channels) || channels < 1 || channels > CHANNELS_MAX) {
    return `The file has ${channels} channels: between 1 and ${CHANNELS_MAX} are supported.`;
  }
  return null;
};
