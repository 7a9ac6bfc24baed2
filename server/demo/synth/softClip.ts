/** Cheap tanh-like saturation (Padé approximant, clamped to ±1 beyond |x| = 3) for warmth on a budget. */
export const softClip = (x: number): number => {
  if (x <= -3) return -1;
  if (x >= 3) return 1;
  const x2 = x * x;
  return (x * (27 + x2)) / (27 + 9 * x2);
};
