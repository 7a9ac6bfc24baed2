import { describe, expect, it } from 'vitest';
import { DownloadSlots } from '@/lib/stem-cache/downloadSlots';

describe('download slots', () => {
  it('lets at most N downloads run, and hands freed slots out first come first served', async () => {
    const slots = new DownloadSlots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => {
      order.push('c');
      return release;
    });
    const d = slots.acquire().then((release) => {
      order.push('d');
      return release;
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    b();
    b(); // giving a slot back twice frees it once
    const releaseC = await c;
    await Promise.resolve();
    expect(order).toEqual(['c']);
    a();
    await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    // One slot is free again: the next asker gets it at once, another one waits.
    let got = 0;
    void slots.acquire().then(() => got++);
    void slots.acquire().then(() => got++);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(got).toBe(1);
  });

  it('drops a waiting download that is aborted, without losing its turn for the others', async () => {
    const slots = new DownloadSlots(1);
    const first = await slots.acquire();
    const abort = new AbortController();
    const aborted = slots.acquire(abort.signal);
    const next = slots.acquire();
    abort.abort(new Error('page closed'));
    await expect(aborted).rejects.toThrow('page closed');
    first();
    await expect(next).resolves.toBeTypeOf('function');
  });
});
