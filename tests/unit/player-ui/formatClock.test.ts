import { describe, expect, it } from 'vitest';
import { formatClock } from '@/components/player/formatClock';

describe('the transport clock', () => {
  it('shows minutes, two-digit seconds and milliseconds', () => {
    expect(formatClock(0)).toBe('0:00.000');
    expect(formatClock(65.2504)).toBe('1:05.250');
    expect(formatClock(35)).toBe('0:35.000');
    expect(formatClock(600.0004)).toBe('10:00.000');
  });

  it('rounds to the nearest millisecond, carrying into seconds and minutes', () => {
    expect(formatClock(59.9996)).toBe('1:00.000');
    expect(formatClock(1.0015)).toBe('0:01.002');
  });

  it('reads negative or non-finite positions as the start', () => {
    expect(formatClock(-0.2)).toBe('0:00.000');
    expect(formatClock(Number.NaN)).toBe('0:00.000');
  });
});
