'use client';
import { useEffect, useRef, useState } from 'react';

/** dB (≤ 0) to an <audio> volume (0..1). */
const volumeOf = (gainDb: number): number => Math.min(1, 10 ** (gainDb / 20));

/**
 * Plays two bounces in sync and switches between them at the same position, each turned down by its
 * loudness-matching gain, so the comparison is about the mix and not about level.
 */
export function AbPlayer({
  a,
  b,
}: {
  a: { name: string; url: string; gainDb: number };
  b: { name: string; url: string; gainDb: number };
}) {
  const refA = useRef<HTMLAudioElement>(null);
  const refB = useRef<HTMLAudioElement>(null);
  const [which, setWhich] = useState<'a' | 'b'>('a');
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (refA.current) refA.current.volume = volumeOf(a.gainDb);
    if (refB.current) refB.current.volume = volumeOf(b.gainDb);
  }, [a.gainDb, b.gainDb]);

  const current = () => (which === 'a' ? refA.current : refB.current);
  const toggle = async () => {
    const el = current();
    if (!el) return;
    if (playing) {
      el.pause();
      setPlaying(false);
    } else {
      await el.play();
      setPlaying(true);
    }
  };
  const switchTo = async (next: 'a' | 'b') => {
    if (next === which) return;
    const from = current();
    const to = next === 'a' ? refA.current : refB.current;
    if (!from || !to) return;
    to.currentTime = from.currentTime;
    if (playing) {
      from.pause();
      await to.play();
    }
    setWhich(next);
  };
  return (
    <fieldset className="row">
      <legend className="sr-only">A/B player</legend>
      {/* biome-ignore lint/a11y/useMediaCaption: a mix bounce has no words to caption */}
      <audio ref={refA} src={a.url} preload="metadata" />
      {/* biome-ignore lint/a11y/useMediaCaption: a mix bounce has no words to caption */}
      <audio ref={refB} src={b.url} preload="metadata" />
      <button type="button" onClick={toggle}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className={which === 'a' ? '' : 'secondary'}
        aria-pressed={which === 'a'}
        onClick={() => switchTo('a')}
      >
        A: {a.name} ({a.gainDb.toFixed(1)} dB)
      </button>
      <button
        type="button"
        className={which === 'b' ? '' : 'secondary'}
        aria-pressed={which === 'b'}
        onClick={() => switchTo('b')}
      >
        B: {b.name} ({b.gainDb.toFixed(1)} dB)
      </button>
    </fieldset>
  );
}
