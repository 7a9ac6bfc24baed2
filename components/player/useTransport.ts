'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MixState } from '@/lib/mix';
import type { LoopRange, Player } from '@/lib/player';
import { createFrameClock, type FrameClock, type FrameTick } from './createFrameClock';
import type { SongAudio } from './loadSongAudio';

/** The transport the song page's controls drive. All times are song seconds. */
export interface Transport {
  /** Null until the stems are decoded and the mix has arrived. */
  player: Player | null;
  /** Wants to play (the Play button is down), including while waiting for stems still loading. */
  playing: boolean;
  /** Paused by itself at the end of what has loaded so far; plays on once more is in. */
  waiting: boolean;
  durationSec: number;
  /** The selected loop range (shown even when looping is off). */
  loopRange: LoopRange | null;
  loopOn: boolean;
  clock: FrameClock;
  /** Performance timestamp at which the player became ready (for load-time figures). */
  readyAtMs: number | null;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Pauses and returns to the start (or the loop start when looping). */
  stop(): void;
  seek(atSec: number): void;
  /** Selects a loop range and turns looping on; null clears it. */
  setLoopRange(range: LoopRange | null): void;
  toggleLoop(): void;
}

const IDLE: FrameTick = { atSec: 0, playing: false };
/** Playback waits this close to the end of what has loaded (a segment is never played late). */
const WAIT_MARGIN_SEC = 0.3;
/** ...and plays on once this much more is in (or the song is). */
const RESUME_AHEAD_SEC = 3;

/**
 * Builds the `lib/player` graph once the audio and the mix are there, then applies every later mix
 * change with `player.update(mix)` (live, no restart). Stops at the end of the song unless looping.
 */
export function useTransport(audio: SongAudio | null, mix: MixState | null, fallbackDurationSec: number) {
  const [player, setPlayer] = useState<Player | null>(null);
  const [playing, setPlaying] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const waitingRef = useRef(false);
  const setWaitingBoth = useCallback((on: boolean) => {
    waitingRef.current = on;
    setWaiting(on);
  }, []);
  const [loopRange, setLoopRangeState] = useState<LoopRange | null>(null);
  const [loopOn, setLoopOn] = useState(false);
  const [readyAtMs, setReadyAtMs] = useState<number | null>(null);
  const playerRef = useRef<Player | null>(null);
  const mixRef = useRef(mix);
  mixRef.current = mix;
  const hasMix = mix !== null;

  useEffect(() => {
    if (audio === null || !hasMix) return;
    let disposed = false;
    let created: Player | null = null;
    void import('@/lib/player').then(({ createPlayer }) => {
      if (disposed || mixRef.current === null) return;
      created = createPlayer({ mix: mixRef.current, buffers: audio.stems, context: audio.context });
      playerRef.current = created;
      setPlayer(created);
      setReadyAtMs(performance.now());
      // Built on the first seconds of every stem: now read and decode the rest.
      audio.loadRest();
    });
    return () => {
      disposed = true;
      created?.dispose();
      playerRef.current = null;
      setPlayer(null);
      setPlaying(false);
      setWaitingBoth(false);
    };
  }, [audio, hasMix, setWaitingBoth]);

  useEffect(() => {
    if (player !== null && mix !== null) player.update(mix);
  }, [player, mix]);

  const durationSec = player?.durationSec ?? fallbackDurationSec;
  const loopActive = loopOn && loopRange !== null;

  useEffect(() => {
    player?.setLoop(loopActive ? loopRange : null);
  }, [player, loopActive, loopRange]);

  const clock = useMemo(
    () =>
      createFrameClock(() => {
        const p = playerRef.current;
        return p === null ? IDLE : { atSec: p.currentTime(), playing: p.playing };
      }),
    [],
  );

  // End of song: stop there (looping never reaches it). Also mirrors `playing` into React state when
  // the player stops by itself. While stems are still loading, playback waits at the end of what
  // has arrived (rather than play a gap) and goes on by itself once more is in.
  useEffect(
    () =>
      clock.subscribe((tick) => {
        const p = playerRef.current;
        if (p === null) return;
        if (tick.playing && !loopActive && tick.atSec >= p.durationSec) {
          p.pause();
          p.seek(p.durationSec);
          setPlaying(false);
          return;
        }
        const bufferedSec = p.bufferedSec();
        if (bufferedSec >= p.durationSec && !waitingRef.current) return;
        const neededSec =
          loopActive && loopRange !== null ? Math.max(tick.atSec, loopRange.endSec) : tick.atSec;
        if (tick.playing && neededSec > bufferedSec - WAIT_MARGIN_SEC && bufferedSec < p.durationSec) {
          p.pause();
          setWaitingBoth(true);
        } else if (
          waitingRef.current &&
          bufferedSec >= Math.min(p.durationSec, neededSec + RESUME_AHEAD_SEC)
        ) {
          setWaitingBoth(false);
          void p.play();
        }
      }),
    [clock, loopActive, loopRange, setWaitingBoth],
  );

  const play = useCallback(() => {
    const p = playerRef.current;
    if (p === null || p.playing) return;
    if (p.currentTime() >= p.durationSec - 0.01) p.seek(0);
    setPlaying(true);
    void p.play();
  }, []);
  const pause = useCallback(() => {
    playerRef.current?.pause();
    setPlaying(false);
    setWaitingBoth(false);
  }, [setWaitingBoth]);
  const togglePlay = useCallback(() => {
    if (playerRef.current?.playing || waitingRef.current) pause();
    else play();
  }, [play, pause]);
  const stop = useCallback(() => {
    const p = playerRef.current;
    if (p === null) return;
    p.pause();
    p.seek(loopActive && loopRange !== null ? loopRange.startSec : 0);
    setPlaying(false);
    setWaitingBoth(false);
  }, [loopActive, loopRange, setWaitingBoth]);
  const seek = useCallback((atSec: number) => playerRef.current?.seek(atSec), []);
  const setLoopRange = useCallback((range: LoopRange | null) => {
    setLoopRangeState(range);
    setLoopOn(range !== null);
  }, []);
  const toggleLoop = useCallback(() => setLoopOn((on) => !on), []);

  return useMemo<Transport>(
    () => ({
      player,
      playing,
      waiting,
      durationSec,
      loopRange,
      loopOn,
      clock,
      readyAtMs,
      play,
      pause,
      togglePlay,
      stop,
      seek,
      setLoopRange,
      toggleLoop,
    }),
    [
      player,
      playing,
      waiting,
      durationSec,
      loopRange,
      loopOn,
      clock,
      readyAtMs,
      play,
      pause,
      togglePlay,
      stop,
      seek,
      setLoopRange,
      toggleLoop,
    ],
  );
}
