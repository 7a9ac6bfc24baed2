import * as Tone from 'tone';
import { dbToGain } from '../dsp/db';
import type { MixState, TrackState } from '../mix/types';
import { activeBands } from '../render/eqBandProcessor';
import { audibleTracks } from '../render/renderMix';
import { PeakMeter } from './peakMeter';
import type { Placement } from './scheduleLane';
import { asStemAudio, type StemAudio, type StemInput } from './stemAudio';
import { type BandNode, createBandNode, setParam, TrackChain } from './trackChain';

/** How far ahead a crossfade between an old and a rebuilt track chain starts (scheduling headroom). */
const CROSSFADE_LEAD_SEC = 0.03;

/** Options of the graph builder. */
export interface MixGraphOptions {
  /** Peak meters per track and on the master (realtime only; the offline bounce needs none). */
  meters: boolean;
}

const masterGainOf = (mix: MixState) => (mix.master.gainDb === null ? 0 : dbToGain(mix.master.gainDb));

/** The structure of a track chain: anything here changing means rebuilding the chain. */
const trackShape = (t: TrackState): string => JSON.stringify([t.stemId, activeBands(t.eq).map((b) => b.id)]);

const bandShape = (eq: MixState['master']['eq']): string =>
  JSON.stringify(activeBands(eq).map((b) => [b.id, b.type]));

/**
 * The whole mix graph on an injected Tone context (realtime or offline):
 * tracks → master bus → master EQ → master gain → destination. Same builder for playback and bounce.
 */
export class MixGraph {
  readonly bus: Tone.Gain;
  readonly masterGain: Tone.Gain;
  /** Sample peaks of the master after its gain (what is heard), per channel. */
  readonly masterMeter: PeakMeter | null;
  private masterBands: BandNode[] = [];
  private readonly tracks = new Map<string, TrackChain>();
  private placement: Placement | null = null;
  /** The stems by stem id, decoded whole or arriving in segments. */
  readonly stems: ReadonlyMap<string, StemAudio>;

  constructor(
    private readonly context: Tone.BaseContext,
    private mix: MixState,
    stems: ReadonlyMap<string, StemInput>,
    private readonly options: MixGraphOptions,
  ) {
    this.stems = new Map([...stems].map(([id, stem]) => [id, asStemAudio(stem)]));
    // channelCount 2 / speakers: a mono track after its panner is already stereo, the bus sums stereo.
    this.bus = new Tone.Gain({ context, gain: 1 });
    this.masterGain = new Tone.Gain({ context, gain: masterGainOf(mix) });
    this.masterMeter = options.meters ? new PeakMeter(context, this.masterGain) : null;
    this.wireMaster();
    this.masterGain.connect(context.destination);
    this.syncTracks(false);
  }

  /** Meters by track id (null when built without meters). */
  trackMeter(trackId: string): PeakMeter | null {
    return this.tracks.get(trackId)?.meter ?? null;
  }

  private wireMaster(): void {
    this.bus.disconnect();
    for (const { node } of this.masterBands) node.disconnect();
    this.masterBands = activeBands(this.mix.master.eq).map((b) => createBandNode(this.context, b));
    let prev: Tone.OutputNode = this.bus;
    for (const { node } of this.masterBands) {
      Tone.connect(prev, node);
      prev = node;
    }
    Tone.connect(prev, this.masterGain);
  }

  /** Creates, rebuilds or removes track chains so they match the mix; sets mute/solo gains. */
  private syncTracks(smooth: boolean): void {
    const audible = new Set(audibleTracks(this.mix.tracks).map((t) => t.id));
    const now = this.context.currentTime;
    // While playing, a chain that is rebuilt (a band switched on or off, another stem) or removed
    // fades out as its replacement fades in, from a whole frame a moment ahead: the two carry the
    // same audio in step, so the crossfade is seamless instead of a click.
    const crossfade = smooth && this.placement !== null;
    const switchAt = crossfade ? this.placementAt(now + CROSSFADE_LEAD_SEC) : null;
    for (const [id, chain] of this.tracks) {
      const next = this.mix.tracks.find((t) => t.id === id);
      if (next === undefined || trackShape(next) !== trackShape(chain.track)) {
        if (switchAt !== null) chain.fadeOutAndDispose(switchAt.ctxTime);
        else chain.dispose();
        this.tracks.delete(id);
      }
    }
    for (const track of this.mix.tracks) {
      let chain = this.tracks.get(track.id);
      if (chain === undefined) {
        chain = new TrackChain(
          this.context,
          track,
          this.stems.get(track.stemId),
          audible.has(track.id) && switchAt === null,
          this.options.meters,
        );
        chain.muteGain.connect(this.bus);
        this.tracks.set(track.id, chain);
        if (switchAt !== null) {
          chain.start(switchAt);
          if (audible.has(track.id)) chain.fadeIn(switchAt.ctxTime);
        } else if (this.placement !== null) chain.start(this.placementNow());
        continue;
      }
      const before = chain.track;
      chain.track = track;
      for (let i = 0; i < chain.bands.length; i++) {
        const b = activeBands(track.eq)[i]!;
        chain.bands[i]!.band = b;
        if (chain.bands[i]!.node.type !== b.type) chain.bands[i]!.node.type = b.type;
      }
      setParam(chain.muteGain.gain, audible.has(track.id) ? 1 : 0, now, smooth);
      if (JSON.stringify(before) !== JSON.stringify(track)) this.retime(chain, smooth);
    }
  }

  /** Re-places a chain's automation (or static values) from now on, smoothly when playing. */
  private retime(chain: TrackChain, smooth: boolean): void {
    if (this.placement !== null) {
      chain.scheduleAutomation(this.placementNow(), smooth);
    } else {
      chain.scheduleAutomation({ songSec: 0, ctxTime: this.context.currentTime }, smooth);
    }
  }

  private placementNow(): Placement {
    const p = this.placement!;
    const ctxTime = Math.max(this.context.currentTime, p.ctxTime);
    return { ctxTime, songSec: p.songSec + (ctxTime - p.ctxTime) };
  }

  /** The running placement re-based on the first whole frame at or after `ctxTime`. */
  private placementAt(ctxTime: number): Placement {
    const p = this.placement!;
    const sampleRate = this.context.sampleRate;
    const frames = Math.ceil((Math.max(ctxTime, p.ctxTime) - p.ctxTime) * sampleRate);
    return { ctxTime: p.ctxTime + frames / sampleRate, songSec: p.songSec + frames / sampleRate };
  }

  /** Starts every track at context time `at.ctxTime` from song time `at.songSec`. */
  start(at: Placement): void {
    this.placement = at;
    for (const chain of this.tracks.values()) chain.start(at);
  }

  /** Stops every source at `ctxTime`. */
  stop(ctxTime: number): void {
    this.placement = null;
    for (const chain of this.tracks.values()) chain.stop(ctxTime);
  }

  /** Applies a new mix without restarting playback; live changes glide over ~10 ms. */
  update(mix: MixState): void {
    const before = this.mix;
    this.mix = mix;
    const now = this.context.currentTime;
    if (bandShape(before.master.eq) !== bandShape(mix.master.eq)) {
      this.wireMaster();
    } else {
      const bands = activeBands(mix.master.eq);
      this.masterBands.forEach((bn, i) => {
        const b = bands[i]!;
        bn.band = b;
        setParam(bn.node.frequency, b.freqHz, now, true);
        setParam(bn.node.Q, b.q, now, true);
        setParam(bn.node.gain, b.gainDb, now, true);
      });
    }
    setParam(this.masterGain.gain, masterGainOf(mix), now, true);
    this.syncTracks(true);
  }

  /** Frees every node. */
  dispose(): void {
    for (const chain of this.tracks.values()) chain.dispose();
    this.tracks.clear();
    for (const { node } of this.masterBands) node.disconnect();
    this.masterMeter?.dispose();
    this.bus.dispose();
    this.masterGain.dispose();
  }
}
