import { describe, expect, it } from 'vitest';
import { biquadCoefficients, biquadMagnitude } from '@/lib/dsp/biquadCoefficients';

const SR = 48_000;
const db = (x: number) => 20 * Math.log10(x);
const at = (type: Parameters<typeof biquadCoefficients>[0], f0: number, q: number, g: number, f: number) =>
  db(biquadMagnitude(biquadCoefficients(type, f0, q, g, SR), f, SR));

describe('Web Audio biquad coefficients', () => {
  it('peaking gives exactly G dB at its centre frequency and 0 dB far away', () => {
    expect(at('peaking', 1000, 1, 6, 1000)).toBeCloseTo(6, 9);
    expect(at('peaking', 1000, 4, -12, 1000)).toBeCloseTo(-12, 9);
    expect(at('peaking', 1000, 4, -12, 20)).toBeCloseTo(0, 2);
  });

  it('shelves with slope 1 sit at G/2 dB at their frequency and reach G on their side', () => {
    expect(at('lowshelf', 200, 1, 8, 200)).toBeCloseTo(4, 9);
    expect(at('lowshelf', 200, 1, 8, 5)).toBeCloseTo(8, 2);
    expect(at('highshelf', 5000, 1, -6, 5000)).toBeCloseTo(-3, 9);
    expect(at('highshelf', 5000, 1, -6, 23_900)).toBeCloseTo(-6, 1);
  });

  it('lowpass and highpass read Q in dB: the gain at the cutoff is Q dB', () => {
    expect(at('lowpass', 2000, 0, 0, 2000)).toBeCloseTo(0, 9);
    expect(at('lowpass', 2000, 6, 0, 2000)).toBeCloseTo(6, 9);
    expect(at('highpass', 300, -3, 0, 300)).toBeCloseTo(-3, 9);
    expect(at('lowpass', 2000, 0, 0, 10)).toBeCloseTo(0, 3);
  });

  it('ignores Q for shelves and gain for lowpass/highpass, as the spec says', () => {
    expect(biquadCoefficients('lowshelf', 200, 0.1, 8, SR)).toEqual(
      biquadCoefficients('lowshelf', 200, 10, 8, SR),
    );
    expect(biquadCoefficients('lowpass', 200, 3, -20, SR)).toEqual(
      biquadCoefficients('lowpass', 200, 3, 20, SR),
    );
  });

  it('uses the limit filters at 0 Hz and Nyquist, and A² for a peaking Q of 0', () => {
    const unity = { b0: 1, b1: 0, b2: 0, a1: 0, a2: 0 };
    expect(biquadCoefficients('lowpass', SR, 1, 0, SR)).toEqual(unity);
    expect(biquadCoefficients('lowpass', 0, 1, 0, SR).b0).toBe(0);
    expect(biquadCoefficients('highpass', 0, 1, 0, SR)).toEqual(unity);
    expect(biquadCoefficients('highpass', SR / 2, 1, 0, SR).b0).toBe(0);
    expect(biquadCoefficients('lowshelf', SR / 2, 1, 6, SR).b0).toBeCloseTo(10 ** (6 / 20), 12);
    expect(biquadCoefficients('highshelf', 0, 1, 6, SR).b0).toBeCloseTo(10 ** (6 / 20), 12);
    expect(biquadCoefficients('peaking', 1000, 0, 6, SR).b0).toBeCloseTo(10 ** (6 / 20), 12);
  });
});
