import { describe, expect, it } from 'vitest';
import { type Breakpoint, laneRange, valueAt } from '../../../lib/mix';

const point = (id: string, atSec: number, value: number, curve: Breakpoint['curve']): Breakpoint => ({
  id,
  atSec,
  value,
  curve,
});

describe('valueAt', () => {
  it('returns the fallback for an empty lane', () => {
    expect(valueAt([], 3, -4)).toBe(-4);
  });

  it('holds the first value before the first point and the last value after the last point', () => {
    const lane = [point('a', 2, -6, 'linear'), point('b', 4, 0, 'linear')];
    expect(valueAt(lane, 0, 99)).toBe(-6);
    expect(valueAt(lane, 100, 99)).toBe(0);
  });

  it('holds the left value until the next point on a step curve', () => {
    const lane = [point('a', 1, -12, 'step'), point('b', 3, 0, 'linear')];
    expect(valueAt(lane, 1, 0)).toBe(-12);
    expect(valueAt(lane, 2.999, 0)).toBe(-12);
    expect(valueAt(lane, 3, 0)).toBe(0);
  });

  it('interpolates in the lane unit on a linear curve', () => {
    const lane = [point('a', 0, -12, 'linear'), point('b', 4, 0, 'step')];
    expect(valueAt(lane, 1, 0)).toBe(-9);
    expect(valueAt(lane, 2, 0)).toBe(-6);
  });

  it('interpolates geometrically on an exponential curve', () => {
    const lane = [point('a', 0, 100, 'exponential'), point('b', 2, 10000, 'linear')];
    expect(valueAt(lane, 1, 0)).toBeCloseTo(1000, 9);
    expect(valueAt(lane, 0.5, 0)).toBeCloseTo(316.227766, 5);
  });

  it('lets the left point’s curve decide, whatever the right point’s curve', () => {
    const lane = [point('a', 0, 0, 'step'), point('b', 1, 1, 'linear'), point('c', 2, 0, 'step')];
    expect(valueAt(lane, 0.5, 9)).toBe(0);
    expect(valueAt(lane, 1.5, 9)).toBe(0.5);
  });

  it('takes the last of several points at the same time (a vertical jump)', () => {
    const lane = [
      point('a', 0, 0, 'linear'),
      point('b', 1, -6, 'linear'),
      point('c', 1, -12, 'linear'),
      point('d', 2, 0, 'linear'),
    ];
    expect(valueAt(lane, 1, 0)).toBe(-12);
    expect(valueAt(lane, 0.5, 0)).toBe(-3);
    expect(valueAt(lane, 1.5, 0)).toBe(-6);
  });

  it('evaluates an exponential segment with a non-positive end as linear', () => {
    const lane = [point('a', 0, 0, 'exponential'), point('b', 1, 10, 'step')];
    expect(valueAt(lane, 0.5, 0)).toBe(5);
  });
});

describe('laneRange', () => {
  it('gives each lane its unit, range and whether exponential curves are allowed', () => {
    expect(laneRange('gain')).toEqual({ min: -96, max: 12, unit: 'dB', allowsExponential: false });
    expect(laneRange('pan')).toEqual({ min: -1, max: 1, unit: 'pan', allowsExponential: false });
    expect(laneRange('eq.pk.gainDb')).toEqual({ min: -24, max: 24, unit: 'dB', allowsExponential: false });
    expect(laneRange('eq.pk.freqHz')).toEqual({ min: 20, max: 20000, unit: 'Hz', allowsExponential: true });
  });
});
