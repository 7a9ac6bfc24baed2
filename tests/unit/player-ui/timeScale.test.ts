import { describe, expect, it } from 'vitest';
import {
  clampView,
  followPlayhead,
  MIN_SPAN_SEC,
  panView,
  pxToSec,
  rulerStepSec,
  secToPx,
  spanToPx,
  zoomView,
} from '@/components/timeline/timeScale';

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

describe('a zoomed timeline view', () => {
  const zoomed = { durationSec: 240, widthPx: 1000, startSec: 60, spanSec: 10 };

  it('maps the visible seconds onto the width, and times out of view outside it', () => {
    expect(secToPx(60, zoomed)).toBe(0);
    expect(secToPx(65, zoomed)).toBe(500);
    expect(secToPx(70, zoomed)).toBe(1000);
    expect(secToPx(59, zoomed)).toBeLessThan(0);
    expect(pxToSec(250, zoomed)).toBeCloseTo(62.5, 9);
    expect(spanToPx(2, zoomed)).toBe(200);
  });

  it('uses finer ruler steps when zoomed in', () => {
    // 100 px per second: 1 s steps are 100 px apart, 0.5 s steps only 50 px.
    expect(rulerStepSec(zoomed)).toBe(1);
    expect(rulerStepSec({ ...zoomed, spanSec: 0.5 })).toBe(0.05);
  });

  it('zooms around an anchor that stays at the same place on screen, within the song', () => {
    const whole = { startSec: 0, spanSec: 240 };
    const inAt60 = zoomView(whole, 4, 60, 240);
    expect(inAt60.spanSec).toBe(60);
    // 60 s was a quarter of the way across; it still is.
    expect((60 - inAt60.startSec) / inAt60.spanSec).toBeCloseTo(0.25, 9);
    // Zooming out past the whole song, or in past the deepest zoom, stops there.
    expect(zoomView(inAt60, 1 / 16, 60, 240)).toEqual(whole);
    expect(zoomView(inAt60, 10_000, 60, 240).spanSec).toBe(MIN_SPAN_SEC);
    // At the end, the view ends with the song; panned far right it stops there too.
    expect(zoomView(whole, 4, 240, 240)).toEqual({ startSec: 180, spanSec: 60 });
    expect(zoomView({ startSec: 200, spanSec: 40 }, 0.5, 230, 240)).toEqual({ startSec: 160, spanSec: 80 });
  });

  it('pans within the song and turns the page when the playhead leaves the view', () => {
    expect(panView({ startSec: 60, spanSec: 10 }, -100, 240)).toEqual({ startSec: 0, spanSec: 10 });
    expect(panView({ startSec: 60, spanSec: 10 }, 500, 240)).toEqual({ startSec: 230, spanSec: 10 });
    const view = { startSec: 60, spanSec: 10 };
    expect(followPlayhead(view, 65, 240)).toBe(view);
    expect(followPlayhead(view, 70, 240)).toEqual({ startSec: 69, spanSec: 10 });
    expect(clampView({ startSec: -5, spanSec: 1000 }, 240)).toEqual({ startSec: 0, spanSec: 240 });
  });
});
