import { describe, expect, it } from 'vitest';
import { type BusEvent, createEventBus } from '@/lib/events/bus';
import { songTopic } from '@/lib/events/topics';

describe('the in-process event bus', () => {
  it('delivers an event to the subscribers of its song only', () => {
    const bus = createEventBus();
    const onA: BusEvent[] = [];
    const onB: BusEvent[] = [];
    bus.subscribe(songTopic('song-a'), (e) => onA.push(e));
    bus.subscribe(songTopic('song-b'), (e) => onB.push(e));
    bus.publish(songTopic('song-a'), { type: 'note.changed' });
    expect(onA).toEqual([{ type: 'note.changed' }]);
    expect(onB).toEqual([]);
  });

  it('stops delivering after unsubscribe, even from inside a delivery', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    const stopFirst = bus.subscribe('t', () => {
      seen.push('first');
      stopFirst();
    });
    bus.subscribe('t', () => seen.push('second'));
    bus.publish('t', { type: 'x' });
    bus.publish('t', { type: 'x' });
    expect(seen).toEqual(['first', 'second', 'second']);
  });

  it('keeps delivering to the others when one listener throws', () => {
    const errors: unknown[] = [];
    const bus = createEventBus({ onListenerError: (e) => errors.push(e) });
    const seen: BusEvent[] = [];
    bus.subscribe('t', () => {
      throw new Error('broken listener');
    });
    bus.subscribe('t', (e) => seen.push(e));
    bus.publish('t', { type: 'x' });
    expect(seen).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });

  it('publishing to a topic nobody listens to is a no-op', () => {
    expect(() => createEventBus().publish('nobody', { type: 'x' })).not.toThrow();
  });
});
