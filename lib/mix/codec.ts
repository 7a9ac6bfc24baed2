import { z } from 'zod';
import { BAND_TYPES, CURVES, RANGES } from './constants';
import { parseTarget } from './laneRange';
import { compareIds } from './readMix';
import { fail, ok, type Result } from './result';
import type { AutomationTarget, Breakpoint, MixState, TrackState } from './types';
import { MIX_SCHEMA_VERSION } from './types';
import { checkBreakpoint } from './validate';

// z.number() rejects NaN and ±Infinity (zod 4), so every number below is finite.
const range = (r: { min: number; max: number }) => z.number().min(r.min).max(r.max);
const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^.]+$/, "ids may not contain '.'");
const name = z.string().trim().min(RANGES.nameLength.min).max(RANGES.nameLength.max);

const bandSchema = z.object({
  id,
  type: z.enum(BAND_TYPES as [string, ...string[]]),
  freqHz: range(RANGES.eqFreqHz),
  gainDb: range(RANGES.eqGainDb),
  q: range(RANGES.eqQ),
  on: z.boolean(),
  order: range(RANGES.order),
});

const breakpointSchema = z.object({
  id,
  atSec: range(RANGES.atSec),
  value: z.number(),
  curve: z.enum(CURVES as [string, ...string[]]),
});

const eqSchema = z.array(bandSchema).max(RANGES.eqBands.max);

const trackSchema = z.object({
  id: z.string().min(1).max(200),
  name,
  stemId: z.string().min(1).max(200),
  order: range(RANGES.order),
  color: z.string().max(64),
  gainDb: range(RANGES.trackGainDb).nullable(),
  pan: range(RANGES.pan),
  mute: z.boolean(),
  solo: z.boolean(),
  eq: eqSchema,
  automation: z.record(z.string(), z.array(breakpointSchema)),
});

/** zod schema of a plain MixState (shape and ranges; cross-field rules are checked by `parseMixState`). */
export const mixStateSchema = z.object({
  schemaVersion: z.literal(MIX_SCHEMA_VERSION),
  tracks: z.array(trackSchema),
  master: z.object({ gainDb: range(RANGES.masterGainDb).nullable(), eq: eqSchema }),
  markers: z.array(z.object({ id: z.string().min(1).max(200), name, atSec: range(RANGES.atSec) })),
});

const duplicate = (ids: readonly string[]): string | undefined =>
  ids.find((value, index) => ids.indexOf(value) !== index);

/** Lane keys, band references, lane ranges and curves of one (shape-checked) track. */
const checkTrack = (track: TrackState, at: string): Result<TrackState> => {
  const dupBand = duplicate(track.eq.map((band) => band.id));
  if (dupBand !== undefined) return fail('invalid', `${at}.eq: duplicate band id ${dupBand}`);
  const bandIds = new Set(track.eq.map((band) => band.id));
  const automation: TrackState['automation'] = {};
  for (const [key, points] of Object.entries(track.automation) as [string, Breakpoint[]][]) {
    const parsed = parseTarget(key);
    if (!parsed) return fail('invalid', `${at}.automation: unknown lane ${key}`);
    if (parsed.kind === 'eq' && !bandIds.has(parsed.bandId)) {
      return fail('invalid', `${at}.automation.${key}: no EQ band ${parsed.bandId} on this track`);
    }
    const dupPoint = duplicate(points.map((point) => point.id));
    if (dupPoint !== undefined)
      return fail('invalid', `${at}.automation.${key}: duplicate breakpoint id ${dupPoint}`);
    for (const point of points) {
      const checked = checkBreakpoint(key as AutomationTarget, point);
      if (!checked.ok) return fail(checked.error.code, `${at}.automation.${key}: ${checked.error.message}`);
    }
    if (points.length > 0) {
      automation[key as AutomationTarget] = [...points].sort(
        (a, b) => a.atSec - b.atSec || compareIds(a.id, b.id),
      );
    }
  }
  return ok({
    ...track,
    eq: [...track.eq].sort((a, b) => a.order - b.order || compareIds(a.id, b.id)),
    automation,
  });
};

/**
 * Validates an untrusted JSON value as a MixState (mix files, saved versions) and returns it normalised:
 * sorted as `readMix` sorts, empty lanes dropped, names trimmed, unknown fields stripped.
 */
export const parseMixState = (json: unknown): Result<MixState> => {
  const parsed = mixStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    return fail('invalid', `Invalid mix state at ${path}: ${issue?.message ?? 'unknown error'}`);
  }
  const state = parsed.data as MixState;
  const dupTrack = duplicate(state.tracks.map((track) => track.id));
  if (dupTrack !== undefined) return fail('invalid', `Invalid mix state: duplicate track id ${dupTrack}`);
  const dupMarker = duplicate(state.markers.map((marker) => marker.id));
  if (dupMarker !== undefined) return fail('invalid', `Invalid mix state: duplicate marker id ${dupMarker}`);
  if (duplicate(state.master.eq.map((band) => band.id)) !== undefined) {
    return fail('invalid', 'Invalid mix state: duplicate master EQ band id');
  }
  const tracks: TrackState[] = [];
  for (const [index, track] of state.tracks.entries()) {
    const checked = checkTrack(track, `tracks.${index}`);
    if (!checked.ok) return fail(checked.error.code, `Invalid mix state at ${checked.error.message}`);
    tracks.push(checked.value);
  }
  return ok({
    schemaVersion: MIX_SCHEMA_VERSION,
    tracks: tracks.sort((a, b) => a.order - b.order || compareIds(a.id, b.id)),
    master: {
      gainDb: state.master.gainDb,
      eq: [...state.master.eq].sort((a, b) => a.order - b.order || compareIds(a.id, b.id)),
    },
    markers: [...state.markers].sort((a, b) => a.atSec - b.atSec || compareIds(a.id, b.id)),
  });
};

/** Serialises a mix state as JSON text (gain -inf is `null`, so the text is plain JSON). */
export const encodeMixState = (state: MixState): string => JSON.stringify(state);

/** Parses JSON text and validates it as a MixState. */
export const decodeMixState = (text: string): Result<MixState> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('invalid', `Mix file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseMixState(json);
};
