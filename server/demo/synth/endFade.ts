/** Fades the last `fadeSec` of every channel to exactly zero, so reverb and echo tails never end in a click. */
export const applyEndFade = (
  channels: readonly Float32Array[],
  fadeSec: number,
  sampleRate: number,
): void => {
  for (const channel of channels) {
    const fadeSamples = Math.min(channel.length, Math.round(fadeSec * sampleRate));
    const start = channel.length - fadeSamples;
    for (let i = start; i < channel.length; i++) {
      const remaining = (channel.length - 1 - i) / fadeSamples;
      channel[i]! *= 0.5 - 0.5 * Math.cos(Math.PI * remaining);
    }
  }
};
