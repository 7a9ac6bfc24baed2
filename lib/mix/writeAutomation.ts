import * as Y from 'yjs';
import { newId } from './ids';
import { parseTarget } from './laneRange';
import { childMap, newBreakpointMap, trackMap, type YMap } from './layout';
import { fail, ok, type Result } from './result';
import type { AutomationTarget, Breakpoint } from './types';
import { checkBreakpoint } from './validate';

/** The track's automation map and the lane (undefined if this lane was never created). */
const locateAutomation = (
  doc: Y.Doc,
  trackId: string,
  target: AutomationTarget,
): Result<{ automation: YMap; lane: YMap | undefined }> => {
  const parsed = parseTarget(target);
  if (!parsed) return fail('invalid', `Unknown automation lane ${target}`);
  const track = trackMap(doc, trackId);
  if (!track) return fail('not-found', `No track with id ${trackId}`);
  if (parsed.kind === 'eq' && !childMap(track, 'eq')?.has(parsed.bandId)) {
    return fail('not-found', `No EQ band ${parsed.bandId} on track ${trackId}`);
  }
  const automation = childMap(track, 'automation');
  if (!automation) return fail('not-found', `Track ${trackId} has no automation map`);
  return ok({ automation, lane: childMap(automation, target) });
};

/** The lane's Y.Map, which must exist. */
const locateLane = (doc: Y.Doc, trackId: string, target: AutomationTarget): Result<YMap> => {
  const located = locateAutomation(doc, trackId, target);
  if (!located.ok) return located;
  return located.value.lane
    ? ok(located.value.lane)
    : fail('not-found', `Track ${trackId} has no automation lane ${target}`);
};

/** Adds a breakpoint to a lane and returns its id. Values outside the lane's range are rejected. */
export const addBreakpoint = (
  doc: Y.Doc,
  trackId: string,
  target: AutomationTarget,
  point: Omit<Breakpoint, 'id'>,
  origin?: unknown,
): Result<string> => {
  const checked = checkBreakpoint(target, point);
  if (!checked.ok) return checked;
  const located = locateAutomation(doc, trackId, target);
  if (!located.ok) return located;
  const { automation } = located.value;
  let id = '';
  doc.transact(() => {
    let lane = located.value.lane;
    if (!lane) {
      // Only documents written by other clients lack a lane (ours create lanes with their track or band).
      // Two clients creating the same lane concurrently keep only one side's points: a documented race.
      lane = new Y.Map<unknown>();
      automation.set(target, lane);
    }
    id = newId(doc);
    lane.set(id, newBreakpointMap(checked.value));
  }, origin);
  return ok(id);
};

/** Changes a breakpoint's time, value or curve (each its own Y.Map entry, so concurrent edits merge). */
export const moveBreakpoint = (
  doc: Y.Doc,
  trackId: string,
  target: AutomationTarget,
  pointId: string,
  patch: Partial<Omit<Breakpoint, 'id'>>,
  origin?: unknown,
): Result<void> => {
  const lane = locateLane(doc, trackId, target);
  if (!lane.ok) return lane;
  const point = childMap(lane.value, pointId);
  if (!point) return fail('not-found', `No breakpoint ${pointId} on lane ${target} of track ${trackId}`);
  for (const key of Object.keys(patch)) {
    if (key !== 'atSec' && key !== 'value' && key !== 'curve')
      return fail('invalid', `Unknown breakpoint field ${key}`);
  }
  const merged = {
    atSec: patch.atSec ?? point.get('atSec'),
    value: patch.value ?? point.get('value'),
    curve: patch.curve ?? point.get('curve'),
  };
  const checked = checkBreakpoint(target, merged);
  if (!checked.ok) return checked;
  const changes = Object.entries(checked.value).filter(
    ([key]) => key in patch && point.get(key) !== checked.value[key as keyof typeof checked.value],
  );
  if (changes.length > 0) {
    doc.transact(() => {
      for (const [key, value] of changes) point.set(key, value);
    }, origin);
  }
  return ok(undefined);
};

/** Removes a breakpoint from a lane. */
export const removeBreakpoint = (
  doc: Y.Doc,
  trackId: string,
  target: AutomationTarget,
  pointId: string,
  origin?: unknown,
): Result<void> => {
  const lane = locateLane(doc, trackId, target);
  if (!lane.ok) return lane;
  if (!lane.value.has(pointId)) {
    return fail('not-found', `No breakpoint ${pointId} on lane ${target} of track ${trackId}`);
  }
  doc.transact(() => lane.value.delete(pointId), origin);
  return ok(undefined);
};
