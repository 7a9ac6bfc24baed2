import { describe, expect, it } from 'vitest';
import { dbToFaderPosition, faderPositionToDb, stepFaderDb } from '@/components/mixer/faderLaw';

describe('fader law', () => {
  it('maps the bottom of the travel to -inf and the top to +12 dB', () => {
    expect(faderPositionToDb(0)).toBeNull();
    expect(faderPositionToDb(0.005)).toBeNull();
    expect(faderPositionToDb(1)).toBe(12);
    expect(faderPositionToDb(1.5)).toBe(12);
    expect(faderPositionToDb(-1)).toBeNull();
    expect(faderPositionToDb(Number.NaN)).toBeNull();
    expect(dbToFaderPosition(null)).toBe(0);
    expect(dbToFaderPosition(12)).toBe(1);
    expect(dbToFaderPosition(40)).toBe(1);
    expect(dbToFaderPosition(-200)).toBeCloseTo(0.01);
  });

  it('round-trips every 0.1 dB step from -96 to +12 dB', () => {
    for (let tenths = -960; tenths <= 120; tenths++) {
      const db = tenths / 10;
      expect(faderPositionToDb(dbToFaderPosition(db))).toBe(db);
    }
  });

  it('is monotonic and gives most of the travel to -20..+6 dB', () => {
    let previous = -1;
    for (let db = -96; db <= 12; db += 0.5) {
      const position = dbToFaderPosition(db);
      expect(position).toBeGreaterThan(previous);
      previous = position;
    }
    expect(dbToFaderPosition(6) - dbToFaderPosition(-20)).toBeGreaterThan(0.6);
    expect(dbToFaderPosition(0)).toBeCloseTo(0.72);
  });

  it('steps by 1 dB, 0.1 dB when fine, and reaches -inf below -96 dB', () => {
    expect(stepFaderDb(0, 1)).toBe(1);
    expect(stepFaderDb(0, -1, true)).toBe(-0.1);
    expect(stepFaderDb(12, 1)).toBe(12);
    expect(stepFaderDb(-96, -1)).toBeNull();
    expect(stepFaderDb(-95, -1, true)).toBe(-95.1);
    expect(stepFaderDb(-92, -1)).toBe(-96);
    expect(stepFaderDb(null, 1)).toBe(-60);
    expect(stepFaderDb(null, -1)).toBeNull();
  });
});
