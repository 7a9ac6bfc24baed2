import { describe, expect, it } from 'vitest';
import { loadFraction } from '@/components/player/loadProgress';
import {
  advanceMeter,
  METER_RELEASE_DB_PER_SEC,
  meterFraction,
  PEAK_HOLD_MS,
  silentMeter,
} from '@/components/player/meterBallistics';

describe('the peak meter', () => {
  it('puts 0 dBFS at the top, the -60 dB floor and silence at the bottom', () => {
    expect(meterFraction(0)).toBe(1);
    expect(meterFraction(3)).toBe(1);
    expect(meterFraction(-30)).toBe(0.5);
    expect(meterFraction(-80)).toBe(0);
    expect(meterFraction(Number.NEGATIVE_INFINITY)).toBe(0);
  });

  it('jumps up at once and falls at the release rate', () => {
    const hit = advanceMeter(silentMeter(), -6, 0, 16);
    expect(hit.barDb).toBe(-6);
    const later = advanceMeter(hit, Number.NEGATIVE_INFINITY, 500, 500);
    expect(later.barDb).toBeCloseTo(-6 - METER_RELEASE_DB_PER_SEC / 2, 9);
  });

  it('holds the highest peak for the hold time, then lets it fall', () => {
    let s = advanceMeter(silentMeter(), -3, 0, 16);
    s = advanceMeter(s, -20, PEAK_HOLD_MS - 100, PEAK_HOLD_MS - 100);
    expect(s.holdDb).toBe(-3);
    s = advanceMeter(s, -20, PEAK_HOLD_MS + 200, 300);
    expect(s.holdDb).toBeLessThan(-3);
  });
});

describe('the stem download progress', () => {
  it('is bytes received over bytes announced across every stem', () => {
    expect(
      loadFraction([
        { receivedBytes: 50, totalBytes: 100 },
        { receivedBytes: 300, totalBytes: 300 },
      ]),
    ).toBe(350 / 400);
  });

  it('is complete when there is nothing to download', () => {
    expect(loadFraction([])).toBe(1);
  });
});
