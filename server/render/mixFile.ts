import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { MixState } from '@/lib/mix/types';
import type { Result } from '@/lib/render/result';

const breakpoint = z.object({
  id: z.string(),
  atSec: z.number().finite().min(0),
  value: z.number().finite(),
  curve: z.enum(['step', 'linear', 'exponential']),
});

const band = z.object({
  id: z.string(),
  type: z.enum(['lowshelf', 'peaking', 'highshelf', 'highpass', 'lowpass']),
  freqHz: z.number().finite().positive(),
  gainDb: z.number().finite(),
  q: z.number().finite(),
  on: z.boolean(),
  order: z.number().finite(),
});

const automationKey = z.union([
  z.literal('gain'),
  z.literal('pan'),
  z.string().regex(/^eq\.[^.]+\.(gainDb|freqHz)$/),
]);

const track = z.object({
  id: z.string(),
  name: z.string(),
  stemId: z.string(),
  order: z.number().finite(),
  color: z.string(),
  gainDb: z.number().finite().nullable(),
  pan: z.number().finite().min(-1).max(1),
  mute: z.boolean(),
  solo: z.boolean(),
  eq: z.array(band),
  automation: z.record(automationKey, z.array(breakpoint)),
});

const mixState = z.object({
  schemaVersion: z.literal(1),
  tracks: z.array(track),
  master: z.object({ gainDb: z.number().finite().nullable(), eq: z.array(band) }),
  markers: z.array(z.object({ id: z.string(), name: z.string(), atSec: z.number().finite() })),
});

const mixFile = z.object({
  format: z.literal('mixroom.mix'),
  version: z.literal(1),
  mix: mixState,
  stems: z.record(z.string(), z.object({ path: z.string().min(1) })),
});

/** A parsed mix file: the mix and the absolute path of each stem. */
export interface MixFile {
  mix: MixState;
  stemPaths: Map<string, string>;
}

/** Reads and validates a `mixroom.mix` v1 file (docs/mix-file.md); stem paths resolve against its folder. */
export function readMixFile(path: string): Result<MixFile, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return {
      ok: false,
      error: `cannot read mix file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `mix file ${path} is not valid JSON: ${(e as Error).message}` };
  }
  const parsed = mixFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `mix file ${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const { mix, stems } = parsed.data;
  const base = dirname(resolve(path));
  const stemPaths = new Map<string, string>();
  for (const [id, s] of Object.entries(stems))
    stemPaths.set(id, isAbsolute(s.path) ? s.path : resolve(base, s.path));
  for (const t of mix.tracks) {
    if (!stemPaths.has(t.stemId)) {
      return {
        ok: false,
        error: `mix file ${path}: track "${t.name}" uses stem "${t.stemId}", missing from "stems"`,
      };
    }
  }
  // The parsed object matches MixState structurally except the template-literal automation keys.
  return { ok: true, value: { mix: mix as MixState, stemPaths } };
}
