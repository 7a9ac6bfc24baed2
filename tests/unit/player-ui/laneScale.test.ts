import { describe, expect, it } from 'vitest';
import { curvePath } from '@/components/timeline/curvePath';
import { lanePositionToValue, valueToLanePosition } from '@/components/timeline/laneScale';
import type { Breakpoint } from '@/lib/mix';

describe('the automation lane scale', () => {
  it('puts a lane range end to end: bottom is the minimum, top the maximum', () => {
    expect(valueToLanePosition('pan', -1)).toBe(0);
    expect(valueToLanePosition('pan', 1)).toBe(1);
    expect(valueToLanePosition('eq.pk.freqHz', 20)).toBe(0);
    expect(valueToLanePosition('eq.pk.freqHz', 20_000)).toBeCloseTo(1, 12);
    expect(valueToLanePosition('gain', 12)).toBe(1);
  });

  it('round-trips values through a position within the editing resolution', () => {
    expect(lanePositionToValue('pan', valueToLanePosition('pan', -0.25))).toBe(-0.25);
    expect(lanePositionToValue('gain', valueToLanePosition('gain', -6))).toBeCloseTo(-6, 1);
    expect(lanePositionToValue('eq.pk.freqHz', valueToLanePosition('eq.pk.freqHz', 1000))).toBe(1000);
  });

  it('gives gain the fader law: 0 dB sits well above the middle', () => {
    expect(valueToLanePosition('gain', 0)).toBeGreaterThan(0.6);
  });
});

describe('the drawn automation curve', () => {
  const points: Breakpoint[] = [
    { id: 'a', atSec: 1, value: 0, curve: 'step' },
    { id: 'b', atSec: 2, value: 10, curve: 'linear' },
  ];

  it('draws a step as a vertical jump at the breakpoint time', () => {
    const d = curvePath(points, 0, 4, 4, (v) => 100 - v);
    // Just before 2 s the step still holds 0; at 2 s it is 10.
    expect(d).toContain('L2.00,100.00L2.00,90.00');
  });

  it('holds the first value before the first point and the last after the last', () => {
    const d = curvePath(points, 99, 4, 4, (v) => 100 - v);
    expect(d.startsWith('M0.00,100.00')).toBe(true);
    expect(d.endsWith('L4.00,90.00')).toBe(true);
  });
});
