'use client';
import type { MixState } from '@/lib/mix';
import { BounceButton } from './BounceButton';
import { LevelMeter } from './LevelMeter';
import type { SongAudio } from './loadSongAudio';
import styles from './player.module.css';
import { TimeDisplay } from './TimeDisplay';
import { TransportIcon } from './TransportIcon';
import type { Transport } from './useTransport';

/** Play/pause, return to start, loop, the clock, the master peak meter and the bounce. */
export function TransportBar({
  transport,
  readMasterDb,
  songTitle,
  mix,
  audio,
}: {
  transport: Transport;
  readMasterDb(): readonly number[];
  songTitle: string;
  mix: MixState | null;
  /** The stems, once every one of them is decoded whole (the bounce needs all of it). */
  audio: SongAudio | null;
}) {
  const ready = transport.player !== null;
  return (
    <div className={styles.transport} role="toolbar" aria-label="Transport">
      <div className={styles.buttons}>
        <button
          type="button"
          className={styles.tbtn}
          onClick={transport.stop}
          disabled={!ready}
          aria-label="Return to start"
          title="Return to start (Home or Enter)"
        >
          <TransportIcon name="to-start" />
        </button>
        <button
          type="button"
          className={`${styles.tbtn} ${styles.play}`}
          onClick={transport.togglePlay}
          disabled={!ready}
          aria-label={transport.playing ? 'Pause' : 'Play'}
          aria-pressed={transport.playing}
          title="Play / pause (Space)"
          data-testid="play"
        >
          <TransportIcon name={transport.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className={styles.tbtn}
          onClick={() =>
            transport.loopRange === null
              ? transport.setLoopRange({ startSec: 0, endSec: transport.durationSec })
              : transport.toggleLoop()
          }
          disabled={!ready}
          aria-label="Loop"
          aria-pressed={transport.loopOn}
          data-on={transport.loopOn || undefined}
          title="Loop the selected range (L); drag on the ruler or a waveform to select one"
        >
          <TransportIcon name="loop" />
        </button>
      </div>
      <TimeDisplay clock={transport.clock} durationSec={transport.durationSec} />
      {transport.waiting && (
        <span className={`${styles.waiting} small muted`} role="status" data-testid="transport-waiting">
          Waiting for the stems to load…
        </span>
      )}
      <div className={styles.master}>
        <span className={styles.masterLabel}>Master</span>
        <LevelMeter
          clock={transport.clock}
          read={readMasterDb}
          channels={2}
          label="Master peak level"
          scale
          widthPx={220}
          heightPx={14}
        />
      </div>
      <BounceButton songTitle={songTitle} mix={mix} audio={audio} durationSec={transport.durationSec} />
    </div>
  );
}
