/**
 * BS.1770-4 channel weights by channel count in WAV/FLAC order: L, R, C = 1.0; LFE excluded (0);
 * surrounds (Ls, Rs and rear channels) 1.41. Quad (4) is taken as L, R, Ls, Rs.
 */
export const defaultChannelWeights = (channels: number): number[] => {
  switch (channels) {
    case 1:
      return [1];
    case 2:
      return [1, 1];
    case 3:
      return [1, 1, 1];
    case 4:
      return [1, 1, 1.41, 1.41];
    case 5:
      return [1, 1, 1, 1.41, 1.41];
    case 6:
      return [1, 1, 1, 0, 1.41, 1.41];
    case 7:
      return [1, 1, 1, 0, 1.41, 1.41, 1.41];
    default:
      return [1, 1, 1, 0, 1.41, 1.41, 1.41, 1.41].slice(0, channels);
  }
};

const SPEAKER_LFE = 0x8;
/** Back left/right, back centre, side left/right: the BS.1770 "surround" positions. */
const SPEAKER_SURROUND = 0x10 | 0x20 | 0x100 | 0x200 | 0x400;

/**
 * Weights from a WAVE_FORMAT_EXTENSIBLE speaker mask (channels appear in mask-bit order); falls back
 * to the count-based defaults when the mask is absent or does not name one speaker per channel.
 */
export const channelWeightsFromMask = (mask: number | undefined, channels: number): number[] => {
  const weights: number[] = [];
  for (let bit = 1; mask && bit <= 0x20000 && weights.length <= channels; bit *= 2) {
    if ((mask & bit) === 0) continue;
    weights.push(bit === SPEAKER_LFE ? 0 : bit & SPEAKER_SURROUND ? 1.41 : 1);
  }
  return weights.length === channels ? weights : defaultChannelWeights(channels);
};
