import { applyGain, peakOf } from './peakLevel';
import { softClip } from './softClip';
import type { StereoBuffer } from './stereoBuffer';

/**
 * Normalizes `buffer` to `drive` times full scale and soft-clips it: the loudest transients lose a few dB
 * while the body stays linear, so the part sits louder under the same peak ceiling (what a bus
 * compressor or clipper does in a real mix). The result peaks just below 1.
 */
export const applyBusGlue = (buffer: StereoBuffer, drive: number): void => {
  const channels = [buffer.left, buffer.right];
  applyGain(channels, drive / peakOf(channels));
  for (const channel of channels) {
    for (let i = 0; i < channel.length; i++) channel[i] = softClip(channel[i]!);
  }
};
