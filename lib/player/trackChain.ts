import * as Tone from 'tone';
import { dbToGain } from '../dsp/db';
import type { AutomationTarget, Breakpoint, EqBand, TrackState } from '../mix/types';
import { activeBands } from '../render/eqBandProcessor';
import { PeakMeter } from './peakMeter';
import { type AutomatableParam, type LaneMapping, type Placement, scheduleLane } from './scheduleLane';
import type { StemAudio, StemSegment } from './stemAudio';

type AnyContext = Tone.BaseContext;

/** How long a live (non-automated) parameter change takes to settle, to avoid clicks. */
export const SMOOTHING_SEC = 0.01;

/** The native filter of one band; its params are automated directly (no Tone signal in between). */
export interface BandNode {
  band: EqBand;
  node: BiquadFilterNode;
}

/** Builds a BiquadFilterNode for a band on `context` with its static values. */
export function createBandNode(context: AnyContext, band: EqBand): BandNode {
  const node = context.createBiquadFilter();
  node.type = band.type;
  node.frequency.value = band.freqHz;
  node.Q.value = band.q;
  node.gain.value = band.gainDb;
  return { band, node };
}

const laneOf = (track: TrackState, target: AutomationTarget): readonly Breakpoint[] =>
  track.automation[target] ?? [];

/** Sets a param to a static value now: immediately when stopped, with a short smoothing when live. */
export function setParam(param: AutomatableParam, value: number, now: number, smooth: boolean): void {
  param.cancelScheduledValues(now);
  if (smooth) param.setTargetAtTime(value, now, SMOOTHING_SEC / 3);
  else param.setValueAtTime(value, now);
}

/** A glide of SMOOTHING_SEC / 3 time constant is below -130 dB of its start after this long. */
const FADE_SETTLED_SEC = 0.05;

/** How far ahead of the context clock a segment that arrived late is started (it cannot start in the past). */
const LATE_LEAD_SEC = 0.02;

/** A scheduled source and the context time it starts at. */
interface ScheduledSource {
  node: AudioBufferSourceNode;
  startsAt: number;
}

/**
 * One track's chain: source(s) → bands → StereoPanner → fader gain → mute/solo gain → (bus).
 * The stem plays as one AudioBufferSourceNode per decoded segment, each started on the exact frame
 * where the previous one ends; segments that arrive while playing are scheduled as they come.
 * Sources are one-shot, so they are recreated at every start.
 */
export class TrackChain {
  readonly bands: BandNode[];
  readonly panner: Tone.Panner;
  readonly fader: Tone.Gain;
  readonly muteGain: Tone.Gain;
  /** Sample peak after the fader, pan and mute (what the track sends to the bus). */
  readonly meter: PeakMeter | null;
  private sources: ScheduledSource[] = [];
  private placement: Placement | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly context: AnyContext,
    public track: TrackState,
    private readonly stem: StemAudio | undefined,
    audible: boolean,
    withMeter: boolean,
  ) {
    const channels = stem?.channels === 2 ? 2 : 1;
    this.bands = activeBands(track.eq).map((b) => createBandNode(context, b));
    // Tone.Panner defaults to channelCount 1 / explicit, which would fold a stereo stem to mono
    // before panning; the spec's stereo law needs the two channels.
    this.panner = new Tone.Panner({ context, pan: track.pan, channelCount: channels });
    this.fader = new Tone.Gain({ context, gain: track.gainDb === null ? 0 : dbToGain(track.gainDb) });
    this.muteGain = new Tone.Gain({ context, gain: audible ? 1 : 0 });
    let prev: Tone.InputNode | null = null;
    for (const { node } of this.bands) {
      if (prev !== null) Tone.connect(prev as Tone.OutputNode, node);
      prev = node;
    }
    if (prev !== null) Tone.connect(prev as Tone.OutputNode, this.panner);
    this.panner.connect(this.fader);
    this.fader.connect(this.muteGain);
    this.meter = withMeter ? new PeakMeter(context, this.muteGain) : null;
    this.unsubscribe =
      stem?.onSegment((segment) => {
        if (this.placement !== null) this.schedule(segment, this.placement, true);
      }) ?? (() => {});
  }

  /** The node the sources feed. */
  private get head(): Tone.InputNode {
    return this.bands[0]?.node ?? this.panner;
  }

  /** Starts the stem at context time `ctxTime` from song time `songSec`, with automation from there on. */
  start(at: Placement): void {
    this.stop(at.ctxTime);
    this.scheduleAutomation(at);
    this.placement = at;
    for (const segment of this.stem?.segments ?? []) this.schedule(segment, at, false);
  }

  /**
   * Plays `segment` where it belongs on the placement's clock: from its first frame at
   * ctxTime + (segment start - songSec), or from inside it when the placement starts there. A
   * segment that `arrived` while playing, after its time has passed, starts at once from where the
   * song is by then (a gap the transport avoids by waiting for the stems, see useTransport).
   */
  private schedule(segment: StemSegment, at: Placement, arrived: boolean): void {
    const sampleRate = segment.buffer.sampleRate;
    const segmentSec = segment.startFrame / sampleRate;
    let offset = Math.max(0, at.songSec - segmentSec);
    let when = at.ctxTime + (segmentSec + offset - at.songSec);
    const earliest = this.context.currentTime + LATE_LEAD_SEC;
    if (arrived && when < earliest) {
      offset += earliest - when;
      when = earliest;
    }
    if (offset >= segment.buffer.duration) return;
    const node = this.context.createBufferSource();
    node.buffer = segment.buffer;
    Tone.connect(node, this.head);
    node.start(when, offset);
    this.sources.push({ node, startsAt: when });
  }

  /** Stops every source at `ctxTime` (one that would start later never sounds) and frees it once ended. */
  stop(ctxTime: number): void {
    this.placement = null;
    const sources = this.sources;
    this.sources = [];
    for (const { node, startsAt } of sources) {
      node.onended = () => node.disconnect();
      node.stop(Math.max(ctxTime, startsAt));
    }
  }

  /**
   * Automation lanes (or static values) of every param, placed on the context clock. With `smooth`,
   * static values glide (setTargetAtTime) instead of jumping, for live edits during playback.
   */
  scheduleAutomation(at: Placement, smooth = false): void {
    const t = this.track;
    const place = (
      param: AutomatableParam,
      lane: readonly Breakpoint[],
      value: number,
      mapping: LaneMapping,
    ) => {
      param.cancelScheduledValues(at.ctxTime);
      if (lane.length > 0) scheduleLane(param, lane, value, mapping, at);
      else setParam(param, mapping === 'db-to-gain' ? dbToGain(value) : value, at.ctxTime, smooth);
    };
    // The fader (null = -inf) applies only while the gain lane is empty.
    place(this.fader.gain, laneOf(t, 'gain'), t.gainDb ?? Number.NEGATIVE_INFINITY, 'db-to-gain');
    place(this.panner.pan, laneOf(t, 'pan'), t.pan, 'unit');
    for (const { band, node } of this.bands) {
      place(node.frequency, laneOf(t, `eq.${band.id}.freqHz`), band.freqHz, 'unit');
      place(node.gain, laneOf(t, `eq.${band.id}.gainDb`), band.gainDb, 'unit');
      place(node.Q, [], band.q, 'unit');
    }
  }

  /** Every automatable param with a key naming what drives it. */
  params(): { key: string; param: AutomatableParam }[] {
    return [
      { key: 'gain', param: this.fader.gain },
      { key: 'pan', param: this.panner.pan },
      ...this.bands.flatMap(({ band, node }) => [
        { key: `eq.${band.id}.freqHz`, param: node.frequency },
        { key: `eq.${band.id}.gainDb`, param: node.gain },
        { key: `eq.${band.id}.q`, param: node.Q },
      ]),
    ];
  }

  /** Brings the (silent) chain up to full level from `ctxTime` with the live-change glide. */
  fadeIn(ctxTime: number): void {
    this.muteGain.gain.cancelScheduledValues(ctxTime);
    this.muteGain.gain.setValueAtTime(0, ctxTime);
    this.muteGain.gain.setTargetAtTime(1, ctxTime, SMOOTHING_SEC / 3);
  }

  /**
   * Glides the chain to silence from `ctxTime` (the mirror of `fadeIn`, so a crossfade sums to
   * one), then stops its sources and frees it once the glide has settled.
   */
  fadeOutAndDispose(ctxTime: number): void {
    this.unsubscribe();
    this.muteGain.gain.cancelScheduledValues(ctxTime);
    this.muteGain.gain.setTargetAtTime(0, ctxTime, SMOOTHING_SEC / 3);
    const doneAt = ctxTime + FADE_SETTLED_SEC;
    this.stop(doneAt);
    this.context.setTimeout(() => this.dispose(), Math.max(0, doneAt - this.context.currentTime) + 0.05);
  }

  /** Disconnects and frees every node. */
  dispose(): void {
    this.unsubscribe();
    this.stop(this.context.currentTime);
    for (const { node } of this.bands) node.disconnect();
    this.panner.dispose();
    this.fader.dispose();
    this.meter?.dispose();
    this.muteGain.dispose();
  }
}
