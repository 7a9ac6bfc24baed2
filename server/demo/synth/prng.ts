/** A deterministic random source returning floats in [0, 1). */
export type Prng = () => number;

/** Creates a seeded mulberry32 generator: tiny, fast and good enough for noise and humanisation. */
export const createPrng = (seed: number): Prng => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Returns a uniform value in [-spread, +spread] drawn from `prng`. */
export const jitter = (prng: Prng, spread: number): number => (prng() * 2 - 1) * spread;
