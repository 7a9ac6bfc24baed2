import { describe, expect, it } from 'vitest';
import { formatDb, formatHz, formatPan, formatQ, formatSec } from '../../../lib/mix';

describe('number formatting', () => {
  it('formats dB with one decimal, a plus sign above zero and -inf for silence', () => {
    expect([formatDb(-3), formatDb(1.5), formatDb(0), formatDb(-0.04), formatDb(null)]).toEqual([
      '-3.0',
      '+1.5',
      '0.0',
      '0.0',
      '-inf',
    ]);
  });

  it('formats pan as percent left or right, centre as C', () => {
    expect([formatPan(-0.2), formatPan(0), formatPan(1), formatPan(0.333)]).toEqual([
      '20L',
      'C',
      '100R',
      '33R',
    ]);
  });

  it('formats frequencies in Hz below 1 kHz and in kHz above', () => {
    expect([
      formatHz(30),
      formatHz(120),
      formatHz(1000),
      formatHz(3200),
      formatHz(12500),
      formatHz(1234),
    ]).toEqual(['30 Hz', '120 Hz', '1 kHz', '3.2 kHz', '12.5 kHz', '1.23 kHz']);
  });

  it('formats Q with two decimals and song positions as m:ss.s', () => {
    expect([formatQ(Math.SQRT1_2), formatSec(0), formatSec(65.25), formatSec(600)]).toEqual([
      '0.71',
      '0:00.0',
      '1:05.3',
      '10:00.0',
    ]);
  });
});
