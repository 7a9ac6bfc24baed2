import { describe, expect, it } from 'vitest';
import { eqResponseDb, logFrequenciesHz } from '@/components/mixer/eqResponseDb';
import { DEFAULT_EQ } from '@/lib/mix';

describe('eqResponseDb', () => {
  it('is flat for the default EQ', () => {
    const response = eqResponseDb(DEFAULT_EQ, logFrequenciesHz(200));
    for (const db of response) expect(Math.abs(db)).toBeLessThan(1e-6);
  });

  it('shows a peaking band’s gain at its centre frequency and ignores bands that are off', () => {
    const band = { id: 'pk', type: 'peaking' as const, freqHz: 1000, gainDb: 6, q: 1, on: true, order: 0 };
    expect(eqResponseDb([band], [1000])[0]).toBeCloseTo(6, 3);
    expect(eqResponseDb([{ ...band, on: false }], [1000])[0]).toBeCloseTo(0, 6);
  });

  it('spaces frequencies logarithmically from 20 Hz to 20 kHz', () => {
    const frequencies = logFrequenciesHz(4);
    expect(frequencies[0]).toBeCloseTo(20);
    expect(frequencies[1]).toBeCloseTo(200);
    expect(frequencies[3]).toBeCloseTo(20_000);
  });
});
