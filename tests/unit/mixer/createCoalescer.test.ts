import { describe, expect, it } from 'vitest';
import { type CoalescerTimers, createCoalescer } from '@/components/mixer/createCoalescer';

/** A manual clock: timers fire only when the test advances time. */
const fakeTimers = () => {
  let nowMs = 0;
  let queue: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  const timers: CoalescerTimers = {
    now: () => nowMs,
    setTimeout: (callback, ms) => {
      const id = nextId++;
      queue.push({ at: nowMs + ms, callback, id });
      return id;
    },
    clearTimeout: (handle) => {
      queue = queue.filter((entry) => entry.id !== handle);
    },
  };
  const advance = (ms: number) => {
    const until = nowMs + ms;
    for (;;) {
      const due = queue.filter((entry) => entry.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      queue = queue.filter((entry) => entry !== due);
      nowMs = due.at;
      due.callback();
    }
    nowMs = until;
  };
  return { timers, advance };
};

describe('createCoalescer', () => {
  it('sends at most one value per interval for 200 moves at 60 Hz, and the last value', () => {
    const { timers, advance } = fakeTimers();
    const sent: number[] = [];
    const coalescer = createCoalescer<number>((value) => sent.push(value), 50, timers);
    for (let i = 0; i < 200; i++) {
      coalescer.push(i);
      advance(1000 / 60);
    }
    advance(100);
    // 200 moves over 3.33 s: at most one send per 50 ms (+1 for the leading edge).
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(3333 / 50) + 1);
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.at(-1)).toBe(199);
    expect(sent[0]).toBe(0);
  });

  it('sends the final value on flush even inside the interval', () => {
    const { timers } = fakeTimers();
    const sent: number[] = [];
    const coalescer = createCoalescer<number>((value) => sent.push(value), 50, timers);
    for (let i = 0; i < 200; i++) coalescer.push(i);
    expect(sent).toEqual([0]);
    coalescer.flush();
    expect(sent).toEqual([0, 199]);
    coalescer.flush();
    expect(sent).toEqual([0, 199]);
  });

  it('drops the pending value on cancel', () => {
    const { timers, advance } = fakeTimers();
    const sent: number[] = [];
    const coalescer = createCoalescer<number>((value) => sent.push(value), 50, timers);
    coalescer.push(1);
    coalescer.push(2);
    coalescer.cancel();
    advance(200);
    expect(sent).toEqual([1]);
  });
});
