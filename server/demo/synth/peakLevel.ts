/** Largest absolute sample over all `channels` (linear, 1 = full scale). */
export const peakOf = (channels: readonly Float32Array[]): number => {
  let peak = 0;
  for (const channel of channels) {
    for (let i = 0; i < channel.length; i++) {
      const magnitude = Math.abs(channel[i]!);
      if (magnitude > peak) peak = magnitude;
    }
  }
  return peak;
};

/** Multiplies every sample of `channels` by `gain` in place. */
export const applyGain = (channels: readonly Float32Array[], gain: number): void => {
  for (const channel of channels) {
    for (let i = 0; i < channel.length; i++) channel[i]! *= gain;
  }
};

/** Peak of the sample-wise sum of several stereo stems, without allocating the mix. */
export const peakOfSum = (stems: readonly (readonly Float32Array[])[]): number => {
  let peak = 0;
  const channelCount = stems[0]?.length ?? 0;
  for (let c = 0; c < channelCount; c++) {
    const length = stems[0]![c]!.length;
    for (let i = 0; i < length; i++) {
      let sum = 0;
      for (const stem of stems) sum += stem[c]![i]!;
      const magnitude = Math.abs(sum);
      if (magnitude > peak) peak = magnitude;
    }
  }
  return peak;
};
