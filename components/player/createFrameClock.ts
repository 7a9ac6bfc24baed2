'use client';

/** What every animation frame reports: the song position and whether it is playing. */
export interface FrameTick {
  atSec: number;
  playing: boolean;
}

/** One requestAnimationFrame loop shared by the time display, playheads and meters. */
export interface FrameClock {
  subscribe(listener: (tick: FrameTick) => void): () => void;
  stop(): void;
}

/**
 * Starts a frame loop reading `read()` once per frame and handing it to every subscriber. Subscribers
 * write to the DOM or a canvas directly, so playback never re-renders React 60 times a second.
 */
export function createFrameClock(read: () => FrameTick): FrameClock {
  const listeners = new Set<(tick: FrameTick) => void>();
  let frame = 0;
  const loop = () => {
    const tick = read();
    for (const listener of listeners) listener(tick);
    frame = requestAnimationFrame(loop);
  };
  frame = requestAnimationFrame(loop);
  return {
    subscribe(listener) {
      listeners.add(listener);
      listener(read());
      return () => listeners.delete(listener);
    },
    stop() {
      cancelAnimationFrame(frame);
      listeners.clear();
    },
  };
}
