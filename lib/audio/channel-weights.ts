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
