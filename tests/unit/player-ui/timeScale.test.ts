import { describe, expect, it } from 'vitest';
import { pxToSec, rulerStepSec, secToPx } from '@/components/timeline/timeScale';

const scale = { durationSec: 35, widthPx: 700 };

describe('the timeline time scale', () => {
  it('maps the start of the song to x = 0 and its end to the full width', () => {
    expect(secToPx(0, scale)).toBe(0);
    expect(secToPx(35, scale)).toBe(700);
    expect(secToPx(17.5, scale)).toBe(350);
  });

  it('maps pixels back to the same song time', () => {
    for (const sec of [0, 1.25, 17.5, 34.999])
      expect(pxToSec(secToPx(sec, scale), scale)).toBeCloseTo(sec, 9);
  });

  it('clamps clicks left of the lane and beyond the song end to the song', () => {
    expect(pxToSec(-20, scale)).toBe(0);
    expect(pxToSec(900, scale)).toBe(35);
  });

  it('answers 0 instead of dividing by zero before the lane has a width or the song a length', () => {
    expect(pxToSec(100, { durationSec: 35, widthPx: 0 })).toBe(0);
    expect(secToPx(10, { durationSec: 0, widthPx: 700 })).toBe(0);
  });

  it('picks the smallest round ruler step that keeps labels 64 px apart', () => {
    // 20 px per second: 5 s steps are 100 px apart, 2 s steps only 40 px.
    expect(rulerStepSec(scale)).toBe(5);
    expect(rulerStepSec({ durationSec: 600, widthPx: 1000 })).toBe(60);
    expect(rulerStepSec({ durationSec: 2, widthPx: 1000 })).toBe(0.25);
  });
});
