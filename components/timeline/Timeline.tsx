'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { OtherPlayhead } from '@/components/player/useOtherPlayheads';
import type { Transport } from '@/components/player/useTransport';
import type { StemPeaks } from '@/components/waveform/useStemPeaks';
import { WaveformLane } from '@/components/waveform/WaveformLane';
import type { AutomationTarget, BandType, EqBand, MixState, TrackState } from '@/lib/mix';
import type { LoopRange } from '@/lib/player';
import { AutomationLane } from './AutomationLane';
import { Ruler } from './Ruler';
import { TimelineOverlay } from './TimelineOverlay';
import { TrackHeader } from './TrackHeader';
import styles from './timeline.module.css';
import type { TimeScale } from './timeScale';
import { useSeekOrLoopDrag } from './useSeekOrLoopDrag';

const TRACK_HEIGHT_PX = 72;
const LANE_HEIGHT_PX = 48;

const BAND_NAMES: Record<BandType, string> = {
  lowshelf: 'Low shelf',
  peaking: 'Bell',
  highshelf: 'High shelf',
  highpass: 'High-pass',
  lowpass: 'Low-pass',
};

/** An EQ band's name in lane labels: its type, numbered when the track has several of that type. */
const bandName = (track: TrackState, band: EqBand): string => {
  const same = track.eq.filter((b) => b.type === band.type);
  return same.length > 1 ? `${BAND_NAMES[band.type]} ${same.indexOf(band) + 1}` : BAND_NAMES[band.type];
};

/**
 * Lanes shown under a track when its automation is open: gain, pan, then each active EQ band's gain
 * (shelves and bells; pass filters ignore gain) and frequency.
 */
const lanesOf = (track: TrackState): { target: AutomationTarget; label: string; fallback: number }[] => [
  { target: 'gain', label: 'Gain', fallback: track.gainDb ?? -96 },
  { target: 'pan', label: 'Pan', fallback: track.pan },
  ...track.eq
    .filter((b) => b.on)
    .flatMap((b) => [
      ...(b.type === 'highpass' || b.type === 'lowpass'
        ? []
        : [
            {
              target: `eq.${b.id}.gainDb` as AutomationTarget,
              label: `${bandName(track, b)} gain`,
              fallback: b.gainDb,
            },
          ]),
      {
        target: `eq.${b.id}.freqHz` as AutomationTarget,
        label: `${bandName(track, b)} freq`,
        fallback: b.freqHz,
      },
    ]),
];

/** True when nothing would be heard from this track (muted, or another track is soloed). */
const silenced = (track: TrackState, mix: MixState) =>
  track.mute || (mix.tracks.some((t) => t.solo) && !track.solo);

/**
 * The arrangement view: a time ruler, then one lane per track drawing its stem's waveform, with a
 * collapsible automation editor under each. Click seeks, drag selects a loop range.
 */
export function Timeline({
  doc,
  origin,
  mix,
  readOnly,
  peaks,
  transport,
  others,
  readTrackLevelDb,
}: {
  doc: Y.Doc;
  origin: object;
  mix: MixState;
  readOnly: boolean;
  peaks: ReadonlyMap<string, StemPeaks>;
  transport: Transport;
  others: readonly OtherPlayhead[];
  readTrackLevelDb(trackId: string): number;
}) {
  const areaRef = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  const [preview, setPreview] = useState<LoopRange | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const observer = new ResizeObserver(([entry]) => setWidthPx(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  const durationSec = transport.durationSec;
  const scale = useMemo<TimeScale>(() => ({ durationSec, widthPx }), [durationSec, widthPx]);
  const drag = useSeekOrLoopDrag(scale, {
    seek: transport.seek,
    preview: setPreview,
    loop: transport.setLoopRange,
  });
  const toggle = (trackId: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(trackId)) next.add(trackId);
      return next;
    });

  return (
    <section className={styles.timeline} aria-label="Timeline">
      <div className={styles.headerColumn}>
        <div className={styles.corner}>Tracks</div>
        {mix.tracks.map((track) => (
          <div key={track.id}>
            <TrackHeader
              doc={doc}
              origin={origin}
              track={track}
              readOnly={readOnly}
              clock={transport.clock}
              readLevelDb={() => readTrackLevelDb(track.id)}
              automationOpen={open.has(track.id)}
              automated={Object.values(track.automation).some((lane) => (lane?.length ?? 0) > 0)}
              onToggleAutomation={() => toggle(track.id)}
              heightPx={TRACK_HEIGHT_PX}
            />
            {open.has(track.id) &&
              lanesOf(track).map((lane) => (
                <div key={lane.target} className={styles.laneHeader} style={{ height: LANE_HEIGHT_PX }}>
                  {lane.label}
                </div>
              ))}
          </div>
        ))}
      </div>
      <div className={styles.laneColumn} ref={areaRef}>
        <Ruler
          scale={scale}
          onPointerDown={drag.onPointerDown}
          clock={transport.clock}
          readLoadedSec={() => transport.player?.bufferedSec() ?? null}
        />
        {widthPx > 0 &&
          mix.tracks.map((track) => (
            <div key={track.id}>
              <div onPointerDown={drag.onPointerDown} className={styles.waveCell} data-track-id={track.id}>
                <WaveformLane
                  peaks={peaks.get(track.stemId)}
                  widthPx={widthPx}
                  heightPx={TRACK_HEIGHT_PX}
                  durationSec={transport.durationSec}
                  color={track.color}
                  label={track.name}
                  dimmed={silenced(track, mix)}
                />
              </div>
              {open.has(track.id) &&
                lanesOf(track).map((lane) => (
                  <AutomationLane
                    key={lane.target}
                    doc={doc}
                    origin={origin}
                    trackId={track.id}
                    target={lane.target}
                    label={lane.label}
                    points={track.automation[lane.target] ?? []}
                    fallback={lane.fallback}
                    color={track.color}
                    scale={scale}
                    heightPx={LANE_HEIGHT_PX}
                    readOnly={readOnly}
                  />
                ))}
            </div>
          ))}
        {widthPx > 0 && (
          <TimelineOverlay
            scale={scale}
            clock={transport.clock}
            loopRange={preview ?? transport.loopRange}
            loopOn={preview !== null || transport.loopOn}
            markers={mix.markers}
            others={others}
          />
        )}
      </div>
    </section>
  );
}
