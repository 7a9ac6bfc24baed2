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
 * A frame loop reading `read()` once per frame and handing it to every subscriber. Subscribers
 * write to the DOM or a canvas directly, so playback never re-renders React 60 times a second. The
 * loop runs only while someone listens (and so never on the server, where effects do not run).
 */
export function createFrameClock(read: () => FrameTick): FrameClock {
  const listeners = new Set<(tick: FrameTick) => void>();
  let frame: number | null = null;
  const loop = () => {
    const tick = read();
    for (const listener of listeners) listener(tick);
    frame = listeners.size > 0 ? requestAnimationFrame(loop) : null;
  };
  const stop = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      listener(read());
      if (frame === null) frame = requestAnimationFrame(loop);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    stop() {
      stop();
      listeners.clear();
    },
  };
}
