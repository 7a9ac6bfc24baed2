'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { isTypingTarget } from '@/components/player/isTypingTarget';
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
import {
  clampView,
  followPlayhead,
  MIN_SPAN_SEC,
  panView,
  pxToSec,
  type TimeScale,
  type TimeView,
  zoomView,
} from './timeScale';
import { useSeekOrLoopDrag } from './useSeekOrLoopDrag';

const TRACK_HEIGHT_PX = 72;
const LANE_HEIGHT_PX = 48;
/** Each zoom step (button, key) doubles or halves the visible time. */
const ZOOM_STEP = 2;

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
  // The visible part of the song; null shows the whole song (and follows its length).
  const [zoomed, setZoomed] = useState<TimeView | null>(null);
  const view = useMemo(
    () => clampView(zoomed ?? { startSec: 0, spanSec: durationSec }, durationSec),
    [zoomed, durationSec],
  );
  const scale = useMemo<TimeScale>(
    () => ({ durationSec, widthPx, startSec: view.startSec, spanSec: view.spanSec }),
    [durationSec, widthPx, view],
  );
  const isZoomed = durationSec > 0 && view.spanSec < durationSec - 1e-9;
  const setView = useCallback(
    (next: TimeView) => setZoomed(next.spanSec >= durationSec - 1e-9 ? null : next),
    [durationSec],
  );
  const viewRef = useRef(view);
  viewRef.current = view;
  /** Zooms around the playhead (in sight) or the middle of the view. */
  const zoomBy = useCallback(
    (factor: number) => {
      const v = viewRef.current;
      const at = transport.player?.currentTime() ?? v.startSec + v.spanSec / 2;
      const anchor = at >= v.startSec && at <= v.startSec + v.spanSec ? at : v.startSec + v.spanSec / 2;
      setView(zoomView(v, factor, anchor, durationSec));
    },
    [transport.player, durationSec, setView],
  );

  // Keys: + / = zoom in, - zoom out, 0 shows the whole song (not while typing, no modifiers).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
      else if (event.key === '-' || event.key === '_') zoomBy(1 / ZOOM_STEP);
      else if (event.key === '0') setZoomed(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [zoomBy]);

  // Wheel over the lanes: Ctrl/Cmd (or a pinch) zooms around the pointer; sideways (or Shift) pans.
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const onWheel = (event: WheelEvent) => {
      const v = viewRef.current;
      const rect = area.getBoundingClientRect();
      const current: TimeScale = {
        durationSec,
        widthPx: rect.width,
        startSec: v.startSec,
        spanSec: v.spanSec,
      };
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const factor = Math.exp(-event.deltaY * 0.01);
        setView(zoomView(v, factor, pxToSec(event.clientX - rect.left, current), durationSec));
        return;
      }
      const sideways = event.shiftKey ? event.deltaY : event.deltaX;
      if (sideways === 0 || v.spanSec >= durationSec - 1e-9) return;
      event.preventDefault();
      setView(panView(v, (sideways / Math.max(1, rect.width)) * v.spanSec, durationSec));
    };
    area.addEventListener('wheel', onWheel, { passive: false });
    return () => area.removeEventListener('wheel', onWheel);
  }, [durationSec, setView]);

  // While playing zoomed in, the view turns the page when the playhead leaves it.
  useEffect(
    () =>
      transport.clock.subscribe((tick) => {
        if (!tick.playing) return;
        const v = viewRef.current;
        const next = followPlayhead(v, tick.atSec, durationSec);
        if (next !== v) setView(next);
      }),
    [transport.clock, durationSec, setView],
  );
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
        <div className={styles.corner}>
          <span>Tracks</span>
          <fieldset className={styles.zoom} aria-label="Timeline zoom">
            <button
              type="button"
              className="secondary"
              onClick={() => zoomBy(1 / ZOOM_STEP)}
              disabled={!isZoomed}
              aria-label="Zoom out"
              title="Zoom out (-)"
            >
              −
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => zoomBy(ZOOM_STEP)}
              disabled={durationSec <= 0 || view.spanSec <= Math.min(durationSec, MIN_SPAN_SEC) + 1e-9}
              aria-label="Zoom in"
              title="Zoom in (+; Ctrl+wheel zooms at the pointer)"
            >
              +
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setZoomed(null)}
              disabled={!isZoomed}
              aria-label="Show the whole song"
              title="Show the whole song (0)"
            >
              ↔
            </button>
          </fieldset>
        </div>
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
                  view={view}
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
        {isZoomed && (
          <input
            type="range"
            className={styles.viewScroll}
            min={0}
            max={Math.max(0, durationSec - view.spanSec)}
            step="any"
            value={view.startSec}
            onChange={(event) => setView({ startSec: Number(event.target.value), spanSec: view.spanSec })}
            aria-label="Visible part of the song"
            aria-valuetext={`from ${view.startSec.toFixed(1)} s to ${(view.startSec + view.spanSec).toFixed(1)} s`}
            data-testid="timeline-scroll"
          />
        )}
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
