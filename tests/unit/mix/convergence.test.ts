import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type AutomationTarget,
  addBreakpoint,
  addEqBand,
  addMarker,
  addTrack,
  type Curve,
  moveBreakpoint,
  parseMixState,
  readMix,
  readTrack,
  removeBreakpoint,
  removeEqBand,
  removeMarker,
  removeTrack,
  setEqBand,
  setMasterGain,
  setTrackGain,
  setTrackMute,
  setTrackName,
  setTrackPan,
  setTrackSolo,
} from '../../../lib/mix';
import { newMixDoc, prng, replica, syncAll } from './helpers';

const REMOTE = 'remote';
const CURVES: Curve[] = ['step', 'linear', 'exponential'];

/** One random writer call on `doc`, sometimes with out-of-range values (which must be rejected). */
const randomEdit = (doc: Y.Doc, rand: () => number): void => {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)];
  // Reads only what the edit needs: a full readMix per step would dominate the run time.
  const root = doc.getMap<Y.Map<unknown>>('mix');
  const trackIds = [...(root.get('tracks')?.keys() ?? [])].sort();
  const markerIds = [...(root.get('markers')?.keys() ?? [])].sort();
  const trackId = pick(trackIds);
  const track = trackId === undefined ? undefined : readTrack(doc, trackId);
  const roll = rand();
  if (!track) {
    addTrack(doc, { id: `s${Math.floor(rand() * 4)}`, name: 'New' });
    return;
  }
  const band = pick(track.eq);
  const lanes: AutomationTarget[] = ['gain', 'pan'];
  if (band) lanes.push(`eq.${band.id}.gainDb`, `eq.${band.id}.freqHz`);
  const lane = pick(lanes)!;
  const point = pick(track.automation[lane] ?? []);
  const between = (min: number, max: number) => min + rand() * (max - min);
  if (roll < 0.1) setTrackGain(doc, track.id, rand() < 0.1 ? null : Math.round(between(-100, 15)));
  else if (roll < 0.17) setTrackPan(doc, track.id, Math.round(between(-1.2, 1.2) * 10) / 10);
  else if (roll < 0.21) setTrackMute(doc, track.id, rand() < 0.5);
  else if (roll < 0.24) setTrackSolo(doc, track.id, rand() < 0.5);
  else if (roll < 0.27) setTrackName(doc, track.id, `Name ${Math.floor(rand() * 100)}`);
  else if (roll < 0.4 && band) {
    const param = pick(['gainDb', 'freqHz', 'q', 'on'] as const)!;
    const value =
      param === 'gainDb'
        ? between(-30, 30)
        : param === 'freqHz'
          ? between(5, 21000)
          : param === 'q'
            ? between(0, 20)
            : rand() < 0.5;
    setEqBand(doc, rand() < 0.2 ? 'master' : { trackId: track.id }, band.id, { [param]: value });
  } else if (roll < 0.43)
    addEqBand(doc, { trackId: track.id }, { type: 'peaking', freqHz: 500, gainDb: 1, q: 1, on: true });
  else if (roll < 0.45 && band) removeEqBand(doc, { trackId: track.id }, band.id);
  else if (roll < 0.7) {
    // Whole-second times make ties on atSec frequent, so the (atSec, id) order is exercised.
    const value =
      lane === 'gain'
        ? between(-100, 15)
        : lane === 'pan'
          ? between(-1.5, 1.5)
          : lane.endsWith('freqHz')
            ? between(10, 20000)
            : between(-30, 30);
    addBreakpoint(doc, track.id, lane, { atSec: Math.floor(rand() * 6), value, curve: pick(CURVES)! });
  } else if (roll < 0.8 && point) {
    moveBreakpoint(
      doc,
      track.id,
      lane,
      point.id,
      rand() < 0.5 ? { atSec: Math.floor(rand() * 6) } : { curve: 'step' },
    );
  } else if (roll < 0.86 && point) removeBreakpoint(doc, track.id, lane, point.id);
  else if (roll < 0.9) setMasterGain(doc, Math.round(between(-20, 14)));
  else if (roll < 0.94) addMarker(doc, { name: `M${Math.floor(rand() * 9)}`, atSec: Math.floor(rand() * 4) });
  else if (roll < 0.96 && markerIds.length > 0) removeMarker(doc, pick(markerIds)!);
  else if (roll < 0.98) addTrack(doc, { id: `s${Math.floor(rand() * 4)}`, name: 'Extra' });
  else if (roll < 0.99) removeTrack(doc, track.id);
};

/** Runs a seeded session of three clients editing concurrently over a lossy, reordering, duplicating link. */
const runSession = (seed: number): Y.Doc[] => {
  const rand = prng(seed);
  const origin = newMixDoc(seed * 10 + 1);
  const docs = [origin, replica(origin, seed * 10 + 2), replica(origin, seed * 10 + 3)];
  // inbox[j] holds updates produced elsewhere and not yet delivered to docs[j].
  const inbox: Uint8Array[][] = docs.map(() => []);
  docs.forEach((doc, i) => {
    doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from === REMOTE) return;
      docs.forEach((_, j) => {
        if (j !== i) inbox[j]!.push(update);
      });
    });
  });
  for (let step = 0; step < 100; step += 1) {
    if (rand() < 0.55) {
      randomEdit(docs[Math.floor(rand() * docs.length)]!, rand);
      continue;
    }
    const j = Math.floor(rand() * docs.length);
    const queue = inbox[j]!;
    if (queue.length === 0) continue;
    const index = Math.floor(rand() * queue.length);
    const update = queue[index]!;
    // Leave a copy behind one time in five: the update gets delivered twice.
    if (rand() >= 0.2) queue.splice(index, 1);
    Y.applyUpdate(docs[j]!, update, REMOTE);
  }
  docs.forEach((doc, j) => {
    for (const update of inbox[j]!.reverse()) Y.applyUpdate(doc, update, REMOTE);
  });
  syncAll(...docs);
  return docs;
};

describe('concurrent editing', () => {
  it('converges to the same mix on three clients for 50 seeded random sessions', () => {
    let points = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const [a, b, c] = runSession(seed).map(readMix);
      for (const track of a!.tracks) {
        for (const lane of Object.values(track.automation)) points += lane?.length ?? 0;
      }
      expect(b, `seed ${seed}`).toEqual(a);
      expect(c, `seed ${seed}`).toEqual(a);
      // What readMix returns is always a valid, normalised mix (sorted lanes included).
      expect(parseMixState(JSON.parse(JSON.stringify(a))), `seed ${seed}`).toEqual({ ok: true, value: a });
    }
    // Guards against a generator that silently stopped producing automation.
    expect(points).toBeGreaterThan(200);
  });

  it('keeps both edits when two clients change different parameters of the same EQ band', () => {
    const a = newMixDoc(1);
    const b = replica(a, 2);
    setEqBand(a, { trackId: 'trk-vox' }, 'pk', { gainDb: 4 });
    setEqBand(b, { trackId: 'trk-vox' }, 'pk', { freqHz: 2500 });
    syncAll(a, b);
    expect(readMix(a).tracks[0]?.eq.find((band) => band.id === 'pk')).toMatchObject({
      gainDb: 4,
      freqHz: 2500,
    });
    expect(readMix(b)).toEqual(readMix(a));
  });

  it('keeps every breakpoint when two clients add points to the same lane concurrently', () => {
    const a = newMixDoc(1);
    const b = replica(a, 2);
    addBreakpoint(a, 'trk-vox', 'gain', { atSec: 1, value: -3, curve: 'linear' });
    addBreakpoint(b, 'trk-vox', 'gain', { atSec: 1, value: -6, curve: 'step' });
    addBreakpoint(b, 'trk-vox', 'gain', { atSec: 0.5, value: 0, curve: 'linear' });
    syncAll(a, b);
    const lane = readMix(a).tracks[0]?.automation.gain ?? [];
    expect(lane.map((point) => point.atSec)).toEqual([0.5, 1, 1]);
    expect(readMix(b)).toEqual(readMix(a));
  });
});
