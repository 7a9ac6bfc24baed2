'use client';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { MeterBridgeContext } from '@/components/mixer/meterBridge';
import { useNotesTransportBridge } from '@/components/notes/useNotesTransportBridge';
import type { MixDocument } from '@/components/song/useMixDocument';
import { Timeline } from '@/components/timeline/Timeline';
import { useStemPeaks } from '@/components/waveform/useStemPeaks';
import type { MeterLevels } from '@/lib/player';
import { LoadProgress } from './LoadProgress';
import styles from './player.module.css';
import { type SongStem, songDurationSec } from './songStem';
import { TransportBar } from './TransportBar';
import { useOtherPlayheads } from './useOtherPlayheads';
import { usePublishPlayhead } from './usePublishPlayhead';
import { useSongAudio } from './useSongAudio';
import { useTransport } from './useTransport';
import { useTransportKeys } from './useTransportKeys';

const SILENT: readonly number[] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];

/**
 * The playable song: stems loaded (cached) and decoded, the transport bar, and the timeline with
 * waveforms, automation lanes, markers and everyone's playheads. Mount it in SongWorkspace's children.
 */
export function SongPlayer({
  songId,
  songTitle,
  stems,
  mixDocument,
}: {
  songId: string;
  songTitle: string;
  stems: readonly SongStem[];
  mixDocument: MixDocument;
}) {
  const { doc, mix, readOnly, awareness, origin } = mixDocument;
  const audioState = useSongAudio(stems);
  const audio = audioState.state === 'ready' ? audioState.audio : null;
  const transport = useTransport(audio, mix, songDurationSec(stems));
  const peaks = useStemPeaks(songId, stems);
  const others = useOtherPlayheads(awareness);
  useTransportKeys(transport);
  usePublishPlayhead(awareness, transport.clock);
  useNotesTransportBridge(transport);

  // How many stems this browser keeps for the next visit (a download's copy is written as it streams).
  const [storedStems, setStoredStems] = useState<number | null>(null);
  useEffect(() => {
    if (audio === null) return;
    let live = true;
    void audio.stored.then((n) => {
      if (live) setStoredStems(n);
    });
    return () => {
      live = false;
    };
  }, [audio]);

  // Meters: one player.meters() read per frame, shared by the transport's master meter, every track
  // header and (through the bridge) every mixer strip.
  const meterReader = useMemo(() => {
    let at = -1;
    let levels: MeterLevels | null = null;
    return (player: typeof transport.player): MeterLevels | null => {
      const now = performance.now();
      if (player !== null && now - at > 4) {
        at = now;
        levels = player.meters();
      }
      return player === null ? null : levels;
    };
  }, []);
  const playerRef = useRef(transport.player);
  playerRef.current = transport.player;
  const readMaster = useCallback(() => meterReader(playerRef.current)?.master ?? SILENT, [meterReader]);

  // The mixer's strip meters read the same levels while this player lives.
  const meterBridge = useContext(MeterBridgeContext);
  const hasPlayer = transport.player !== null;
  useEffect(() => {
    if (meterBridge === null || !hasPlayer) return;
    meterBridge.set({
      clock: transport.clock,
      readTrackDb: (trackId) =>
        meterReader(playerRef.current)?.tracks.get(trackId) ?? Number.NEGATIVE_INFINITY,
      readMasterDb: readMaster,
    });
    return () => meterBridge.set(null);
  }, [meterBridge, hasPlayer, transport.clock, meterReader, readMaster]);

  if (stems.length === 0) {
    return (
      <p className="empty" data-testid="player-empty">
        Nothing to play yet. Upload this song&apos;s stems above: they appear here as waveforms you can play,
        loop and automate.
      </p>
    );
  }

  return (
    <section className={styles.player} aria-label="Player">
      <LoadProgress state={audioState} />
      {audio && audioState.state === 'ready' && (
        <p
          className={`${styles.status} small muted`}
          data-testid="player-status"
          data-state={transport.player ? 'ready' : 'starting'}
          data-load-ms={Math.round(audio.loadMs)}
          data-timings={JSON.stringify(audio.timings, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}
          data-ready-ms={transport.readyAtMs === null ? undefined : Math.round(transport.readyAtMs)}
          data-from-cache={audio.sources.cache}
          data-from-network={audio.sources.network}
          data-stored={storedStems ?? undefined}
          data-complete-ms={
            audioState.rest.state === 'complete' ? Math.round(audioState.rest.completeMs) : undefined
          }
        >
          Playable after {(audio.loadMs / 1000).toFixed(2)} s
          {audio.sources.cache > 0
            ? ` (${audio.sources.cache} of ${stems.length} stems from this browser's cache)`
            : ''}
          {audioState.rest.state === 'complete'
            ? `; all ${stems.length} stems in after ${(audioState.rest.completeMs / 1000).toFixed(2)} s`
            : ''}
          {audio.persistent ? '' : ' · this browser keeps no copy, so they download on every visit'}
          {audio.persistent && audio.sources.network > 0 && storedStems !== null
            ? storedStems === stems.length
              ? ' · kept in this browser for your next visit'
              : ` · ${storedStems} of ${stems.length} stems kept in this browser (storage is full or off)`
            : ''}
          {' · '}Space plays, Home returns to start, L loops
        </p>
      )}
      <TransportBar
        transport={transport}
        readMasterDb={readMaster}
        songTitle={songTitle}
        mix={mix}
        audio={audioState.state === 'ready' && audioState.rest.state === 'complete' ? audio : null}
      />
      {mix && (
        <Timeline
          doc={doc}
          origin={origin}
          mix={mix}
          readOnly={readOnly}
          peaks={peaks}
          transport={transport}
          others={others}
          readTrackLevelDb={(trackId) =>
            meterReader(playerRef.current)?.tracks.get(trackId) ?? Number.NEGATIVE_INFINITY
          }
        />
      )}
    </section>
  );
}
