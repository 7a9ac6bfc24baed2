import { describe, expect, it } from 'vitest';
import type { Breakpoint, Curve } from '@/lib/mix/types';
import { valueAt } from '@/lib/mix/valueAt';
import { LaneCursor } from '@/lib/render/laneCursor';

const SR = 48_000;

/** A seeded random lane: times on and off the sample grid, coincident points, every curve. */
function randomLane(seed: number): Breakpoint[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const curves: Curve[] = ['step', 'linear', 'exponential'];
  const points: Breakpoint[] = [];
  let t = rnd() * 0.05;
  for (let i = 0; i < 12; i++) {
    points.push({ id: `p${i}`, atSec: t, value: 20 + rnd() * 4000, curve: curves[Math.floor(rnd() * 3)]! });
    t += rnd() < 0.15 ? 0 : rnd() < 0.5 ? Math.round(rnd() * 2000) / SR : rnd() * 0.03;
  }
  return points;
}

describe('LaneCursor', () => {
  it('streams exactly the float32 of lib/mix valueAt at every frame time, for random lanes', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lane = randomLane(seed);
      const cursor = new LaneCursor(lane, 440, SR);
      const out = new Float64Array(128);
      for (let frame = 0; frame < SR * 0.4; frame += 128) {
        cursor.fill(out, frame, 128);
        for (let k = 0; k < 128; k++) {
          const expected = Math.fround(valueAt(lane, (frame + k) / SR, 440));
          if (out[k] !== expected) {
            expect.fail(`seed ${seed}, frame ${frame + k}: ${out[k]} !== ${expected}`);
          }
        }
      }
    }
  });

  it('maps a dB lane to amplitude, so a linear dB ramp is geometric in amplitude', () => {
    const lane: Breakpoint[] = [
      { id: 'a', atSec: 0, value: -40, curve: 'linear' },
      { id: 'b', atSec: 1, value: 0, curve: 'linear' },
    ];
    const out = new Float64Array(1);
    new LaneCursor(lane, 0, SR, 'db-to-gain').fill(out, SR / 2, 1);
    expect(out[0]).toBeCloseTo(0.1, 7);
  });

  it('reports a block as steady only when every value in it is equal', () => {
    const lane: Breakpoint[] = [
      { id: 'a', atSec: 0.01, value: 1, curve: 'linear' },
      { id: 'b', atSec: 0.02, value: 2, curve: 'step' },
    ];
    const cursor = new LaneCursor(lane, 0, SR);
    const out = new Float64Array(128);
    expect(cursor.fill(out, 0, 128)).toBe(true);
    expect(cursor.fill(out, 384, 128)).toBe(false);
    expect(cursor.fill(out, 2048, 128)).toBe(true);
  });
});
