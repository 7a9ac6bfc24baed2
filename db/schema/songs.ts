import { bigint, doublePrecision, index, integer, jsonb, pgTable, real, text } from 'drizzle-orm/pg-core';
import { projects } from './projects';
import { createdAt, newId } from './types';
import { users } from './users';

export const songs = pgTable(
  'songs',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('songs_project_idx').on(t.projectId)],
);

export const ANALYSIS_STATES = ['queued', 'analysing', 'ready', 'failed'] as const;
export type AnalysisState = (typeof ANALYSIS_STATES)[number];

/** Loudness figures of a stem or a bounce (lib/audio AnalysisResult without peaks). */
export interface LoudnessFigures {
  integratedLufs: number | null;
  loudnessRangeLu: number | null;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
  momentaryMaxLufs: number | null;
  shortTermMaxLufs: number | null;
}

export const stems = pgTable(
  'stems',
  {
    id: text('id').primaryKey().$defaultFn(newId),
    songId: text('song_id')
      .notNull()
      .references(() => songs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    fileName: text('file_name').notNull(),
    /** sha256 of the bytes: the blob's content address. */
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    format: text('format', { enum: ['wav', 'flac', 'mp3'] }).notNull(),
    sampleRate: integer('sample_rate').notNull(),
    channels: integer('channels').notNull(),
    bitDepth: integer('bit_depth'),
    durationSec: doublePrecision('duration_sec').notNull(),
    analysisState: text('analysis_state', { enum: ANALYSIS_STATES }).notNull().default('queued'),
    analysisProgress: real('analysis_progress').notNull().default(0),
    analysisError: text('analysis_error'),
    loudness: jsonb('loudness').$type<LoudnessFigures>(),
    /** sha256 of the encoded peaks blob, once analysed. */
    peaksSha256: text('peaks_sha256'),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('stems_song_idx').on(t.songId)],
);
