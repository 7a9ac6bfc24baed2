import { parseTarget } from './laneRange';
import type { AutomationTarget, BandType, Breakpoint, EqBand, Marker, MixState, TrackState } from './types';

/** A track as a change names it. */
export interface TrackRef {
  trackId: string;
  trackName: string;
}

/** Whose EQ changed. */
export type EqScope = ({ kind: 'track' } & TrackRef) | { kind: 'master' };

/** A band as a change names it: `bandNumber` is its 1-based position in the chain. */
export interface BandRef {
  bandId: string;
  bandNumber: number;
  bandType: BandType;
  freqHz: number;
}

export type EqParamChange =
  | { param: 'type'; from: BandType; to: BandType }
  | { param: 'freqHz' | 'gainDb' | 'q'; from: number; to: number }
  | { param: 'on'; from: boolean; to: boolean };

/** One difference between two mix states, parameter by parameter. */
export type MixChange =
  | { kind: 'track-added'; track: TrackRef }
  | { kind: 'track-removed'; track: TrackRef }
  | { kind: 'track-renamed'; track: TrackRef; from: string; to: string }
  | { kind: 'track-stem'; track: TrackRef; from: string; to: string }
  | { kind: 'track-moved'; track: TrackRef; from: number; to: number }
  | { kind: 'track-gain'; track: TrackRef; from: number | null; to: number | null }
  | { kind: 'track-pan'; track: TrackRef; from: number; to: number }
  | { kind: 'track-mute'; track: TrackRef; from: boolean; to: boolean }
  | { kind: 'track-solo'; track: TrackRef; from: boolean; to: boolean }
  | { kind: 'eq-band-added'; scope: EqScope; band: BandRef }
  | { kind: 'eq-band-removed'; scope: EqScope; band: BandRef }
  | ({ kind: 'eq-band-changed'; scope: EqScope; band: BandRef } & EqParamChange)
  | {
      kind: 'automation-changed';
      track: TrackRef;
      target: AutomationTarget;
      /** The band an `eq.*` lane belongs to (as in the newer state). */
      band?: BandRef;
      added: number;
      removed: number;
      moved: number;
    }
  | { kind: 'master-gain'; from: number | null; to: number | null }
  | { kind: 'marker-added'; marker: Marker }
  | { kind: 'marker-removed'; marker: Marker }
  | { kind: 'marker-changed'; from: Marker; to: Marker };

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

const bandRefs = (bands: readonly EqBand[]): Map<string, BandRef> =>
  new Map(
    bands.map((band, index) => [
      band.id,
      { bandId: band.id, bandNumber: index + 1, bandType: band.type, freqHz: band.freqHz },
    ]),
  );

const diffEq = (scope: EqScope, a: readonly EqBand[], b: readonly EqBand[]): MixChange[] => {
  const changes: MixChange[] = [];
  const before = byId(a);
  const refsA = bandRefs(a);
  const refsB = bandRefs(b);
  for (const band of b) {
    const ref = refsB.get(band.id)!;
    const old = before.get(band.id);
    if (!old) {
      changes.push({ kind: 'eq-band-added', scope, band: ref });
      continue;
    }
    if (old.type !== band.type)
      changes.push({
        kind: 'eq-band-changed',
        scope,
        band: ref,
        param: 'type',
        from: old.type,
        to: band.type,
      });
    for (const param of ['freqHz', 'gainDb', 'q'] as const) {
      if (old[param] !== band[param]) {
        changes.push({ kind: 'eq-band-changed', scope, band: ref, param, from: old[param], to: band[param] });
      }
    }
    if (old.on !== band.on)
      changes.push({ kind: 'eq-band-changed', scope, band: ref, param: 'on', from: old.on, to: band.on });
  }
  const after = byId(b);
  for (const band of a) {
    if (!after.has(band.id)) changes.push({ kind: 'eq-band-removed', scope, band: refsA.get(band.id)! });
  }
  return changes;
};

const samePoint = (p: Breakpoint, q: Breakpoint): boolean =>
  p.atSec === q.atSec && p.value === q.value && p.curve === q.curve;

const diffAutomation = (track: TrackRef, a: TrackState, b: TrackState): MixChange[] => {
  const changes: MixChange[] = [];
  const targets = [
    ...new Set([...Object.keys(b.automation), ...Object.keys(a.automation)]),
  ].sort() as AutomationTarget[];
  const refs = bandRefs(b.eq);
  const oldRefs = bandRefs(a.eq);
  for (const target of targets) {
    const before = byId(a.automation[target] ?? []);
    const after = byId(b.automation[target] ?? []);
    let added = 0;
    let moved = 0;
    for (const [id, point] of after) {
      const old = before.get(id);
      if (!old) added += 1;
      else if (!samePoint(old, point)) moved += 1;
    }
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    if (added + removed + moved === 0) continue;
    const parsed = parseTarget(target);
    const band = parsed?.kind === 'eq' ? (refs.get(parsed.bandId) ?? oldRefs.get(parsed.bandId)) : undefined;
    changes.push({
      kind: 'automation-changed',
      track,
      target,
      ...(band ? { band } : {}),
      added,
      removed,
      moved,
    });
  }
  return changes;
};

const diffTrack = (a: TrackState, b: TrackState, positions: { from: number; to: number }): MixChange[] => {
  const track = { trackId: b.id, trackName: b.name };
  const changes: MixChange[] = [];
  if (a.name !== b.name) changes.push({ kind: 'track-renamed', track, from: a.name, to: b.name });
  if (a.stemId !== b.stemId) changes.push({ kind: 'track-stem', track, from: a.stemId, to: b.stemId });
  if (positions.from !== positions.to) changes.push({ kind: 'track-moved', track, ...positions });
  if (a.gainDb !== b.gainDb) changes.push({ kind: 'track-gain', track, from: a.gainDb, to: b.gainDb });
  if (a.pan !== b.pan) changes.push({ kind: 'track-pan', track, from: a.pan, to: b.pan });
  if (a.mute !== b.mute) changes.push({ kind: 'track-mute', track, from: a.mute, to: b.mute });
  if (a.solo !== b.solo) changes.push({ kind: 'track-solo', track, from: a.solo, to: b.solo });
  changes.push(...diffEq({ kind: 'track', ...track }, a.eq, b.eq));
  changes.push(...diffAutomation(track, a, b));
  return changes;
};

/**
 * What changed from mix `a` to mix `b`, matched by id: tracks (in `b`'s order, then removed ones),
 * then master, then markers. Track moves compare positions among the tracks present in both.
 */
export const diffMix = (a: MixState, b: MixState): MixChange[] => {
  const changes: MixChange[] = [];
  const before = byId(a.tracks);
  const after = byId(b.tracks);
  const commonA = a.tracks.filter((track) => after.has(track.id)).map((track) => track.id);
  const commonB = b.tracks.filter((track) => before.has(track.id)).map((track) => track.id);
  for (const track of b.tracks) {
    const old = before.get(track.id);
    if (!old) {
      changes.push({ kind: 'track-added', track: { trackId: track.id, trackName: track.name } });
      continue;
    }
    const positions = { from: commonA.indexOf(track.id) + 1, to: commonB.indexOf(track.id) + 1 };
    changes.push(...diffTrack(old, track, positions));
  }
  for (const track of a.tracks) {
    if (!after.has(track.id))
      changes.push({ kind: 'track-removed', track: { trackId: track.id, trackName: track.name } });
  }
  if (a.master.gainDb !== b.master.gainDb) {
    changes.push({ kind: 'master-gain', from: a.master.gainDb, to: b.master.gainDb });
  }
  changes.push(...diffEq({ kind: 'master' }, a.master.eq, b.master.eq));
  const markersBefore = byId(a.markers);
  const markersAfter = byId(b.markers);
  for (const marker of b.markers) {
    const old = markersBefore.get(marker.id);
    if (!old) changes.push({ kind: 'marker-added', marker });
    else if (old.name !== marker.name || old.atSec !== marker.atSec)
      changes.push({ kind: 'marker-changed', from: old, to: marker });
  }
  for (const marker of a.markers) {
    if (!markersAfter.has(marker.id)) changes.push({ kind: 'marker-removed', marker });
  }
  return changes;
};
