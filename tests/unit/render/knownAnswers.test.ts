import { describe, expect, it } from 'vitest';
import { band, mixOf, renderToArrays, SR, sine, toneAmplitude, track } from './helpers';

// Steady-state window: 0.5 s .. 1 s holds exactly 500 periods of 1 kHz at 48 kHz.
const FROM = SR / 2;
const TO = SR;

describe('known answers for a 1 kHz sine at amplitude 0.25', () => {
  const stem = { a: [sine(1000, 0.25, 1)] };

  it('a +6 dB fader at centre pan gives 0.25 · 10^(6/20) · cos(π/4) on each side', () => {
    const [l, r] = renderToArrays(mixOf([track('a', { gainDb: 6 })]), stem);
    const expected = 0.25 * 1.9952623149688795 * Math.SQRT1_2; // by hand: 0.35272
    expect(toneAmplitude(l, 1000, FROM, TO)).toBeCloseTo(expected, 5);
    expect(toneAmplitude(r, 1000, FROM, TO)).toBeCloseTo(expected, 5);
  });

  it('a hard-left pan puts the whole mono signal on the left and nothing on the right', () => {
    const [l, r] = renderToArrays(mixOf([track('a', { pan: -1 })]), stem);
    expect(toneAmplitude(l, 1000, FROM, TO)).toBeCloseTo(0.25, 6);
    expect(Math.max(...r.map(Math.abs))).toBe(0);
    // Sample by sample the left channel is the input itself (cos 0 = 1).
    expect(l[1234]).toBe(stem.a[0]![1234]);
  });

  it('a hard-right pan of a stereo stem folds the left channel into the right', () => {
    const left = sine(1000, 0.25, 1);
    const right = sine(1000, 0.1, 1);
    const [l, r] = renderToArrays(mixOf([track('a', { pan: 1 })]), { a: [left, right] });
    expect(Math.max(...l.map(Math.abs))).toBeLessThan(1e-16 + 0.25 * Math.cos(Math.PI / 2) + 1e-9);
    expect(toneAmplitude(r, 1000, FROM, TO)).toBeCloseTo(0.35, 6);
  });

  it('a peaking band of +6 dB at 1 kHz raises a 1 kHz sine by 6 dB', () => {
    const [l] = renderToArrays(mixOf([track('a', { eq: [band('p', 'peaking', 1000, 6, 1)] })]), stem);
    const expected = 0.25 * 10 ** (6 / 20) * Math.SQRT1_2; // 0.24951
    expect(toneAmplitude(l, 1000, FROM, TO)).toBeCloseTo(expected, 5);
  });

  it('a lowpass with Q = 0 dB passes its cutoff frequency at unity gain (Web Audio reads lowpass Q in dB)', () => {
    // Web Audio's lowpass gain at the cutoff is 10^(Q/20): with Q = 0 dB it is exactly 1.
    const [l] = renderToArrays(
      mixOf([track('a', { pan: -1, eq: [band('lp', 'lowpass', 1000, 0, 0)] })]),
      stem,
    );
    expect(toneAmplitude(l, 1000, FROM, TO)).toBeCloseTo(0.25, 4);
  });

  it('a master gain of -6 dB scales the whole mix by 10^(-6/20)', () => {
    const [l] = renderToArrays(mixOf([track('a', { pan: -1 })], { gainDb: -6 }), stem);
    expect(toneAmplitude(l, 1000, FROM, TO)).toBeCloseTo(0.25 * 0.501187233627272, 6);
  });
});
