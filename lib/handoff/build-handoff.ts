import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notes, projects, songs, stems, users, versions } from '@/db/schema';
import { decisionsOf } from '@/lib/approvals/list-decisions';
import { ROLE_LABELS } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { parseMixState } from '@/lib/mix';
import type { BlobStore } from '@/lib/storage/blob-store';
import { safeFileName } from '@/lib/versions/bounce-file-name';
import { authorizeVersion } from '@/lib/versions/get-version';
import { handoffSheetHtml } from './handoff-sheet';
import { type HandoffNote, notesCsv } from './notes-csv';
import { reaperMarkersCsv } from './reaper-markers-csv';
import type { ZipEntry } from './zip-stream';

const text = (s: string) => new TextEncoder().encode(s);

/** Unique names inside one folder of the zip: a second "Kick.wav" becomes "Kick (2).wav". */
function uniqueNamer() {
  const used = new Set<string>();
  return (name: string) => {
    // Keep the uploaded name; only characters no file system accepts (separators, controls) are replaced.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
    const safe = name.replace(/[/\\:*?"<>|\x00-\x1f]+/g, '_').trim() || 'stem';
    let candidate = safe;
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = safe.replace(/(\.[^.]*)?$/, ` (${n})$1`);
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/**
 * The handoff package of an approved version, as zip entries: the bounce, the original stems, the mix file
 * (docs/mix-file.md, stem paths inside the zip), notes and Reaper markers as CSV, and the handoff sheet.
 * Owner, mix engineer and mastering engineer only (`handoff.download`); 409 before approval or the bounce.
 */
export async function buildHandoff(
  deps: { db: Database; blobs: BlobStore },
  userId: string,
  versionId: string,
): Promise<{ fileName: string; entries: ZipEntry[] }> {
  const { db, blobs } = deps;
  const { version, projectId } = await authorizeVersion(db, userId, versionId, 'handoff.download');
  if (!version.approvedAt)
    throw new AppError(
      'conflict',
      `v${version.number} is not approved yet; the handoff needs every required approval.`,
    );
  if (version.bounceState !== 'ready' || !version.bounceSha256 || !version.loudness)
    throw new AppError(
      'conflict',
      `The bounce of v${version.number} is ${version.bounceState}; try again when it is ready.`,
    );
  const mix = parseMixState(version.mixState);
  if (!mix.ok) throw new AppError('internal', `v${version.number} holds an unreadable mix.`);
  const [song] = await db.select().from(songs).where(eq(songs.id, version.songId));
  const [project] = await db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId));
  const [author] = version.authorId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, version.authorId))
    : [];
  const stemRows = await db
    .select()
    .from(stems)
    .where(eq(stems.songId, version.songId))
    .orderBy(asc(stems.createdAt));
  const decisions = await decisionsOf(db, versionId);
  const noteRows = await db
    .select({ note: notes, author: users.name })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.songId, version.songId))
    .orderBy(asc(notes.startSec), asc(notes.createdAt));
  const versionNames = new Map(
    (
      await db
        .select({ id: versions.id, number: versions.number })
        .from(versions)
        .where(eq(versions.songId, version.songId))
    ).map((v) => [v.id, `v${v.number}`]),
  );

  const base = `${safeFileName(song!.title)} - v${version.number}`;
  const stemName = uniqueNamer();
  const usedStems = new Set(mix.value.tracks.map((t) => t.stemId));
  const stemFiles = stemRows.map((s) => ({ row: s, path: `stems/${stemName(s.fileName)}` }));
  const mixFile = {
    format: 'mixroom.mix',
    version: 1,
    mix: mix.value,
    stems: Object.fromEntries(
      stemFiles.filter((s) => usedStems.has(s.row.id)).map((s) => [s.row.id, { path: s.path }]),
    ),
  };
  const liveNotes = noteRows.filter((r) => !r.note.deletedAt);
  const handoffNotes: HandoffNote[] = liveNotes.map(({ note, author: name }) => ({
    id: note.id,
    parentId: note.parentId,
    version: note.versionId ? (versionNames.get(note.versionId) ?? 'deleted version') : 'live mix',
    author: name ?? 'A former member',
    startSec: note.startSec,
    endSec: note.endSec,
    body: note.body,
    createdAt: note.createdAt,
    resolvedAt: note.resolvedAt,
  }));
  const marks = [
    ...mix.value.markers.map((m) => ({ name: m.name, startSec: m.atSec })),
    ...liveNotes
      .filter((r) => r.note.parentId === null)
      .map(({ note }) => ({
        name: `Note: ${note.body.replace(/\s+/g, ' ').slice(0, 80)}`,
        startSec: note.startSec,
        endSec: note.endSec,
      })),
  ];
  const files = [
    { name: `${base}.wav`, what: 'the approved mix, bounced by the reference renderer (24-bit stereo WAV)' },
    { name: 'stems/', what: `${stemFiles.length} original stem file(s) as uploaded` },
    { name: 'mix.json', what: 'the mix as a Mixroom mix file (render it with `npm run render`)' },
    { name: 'notes.csv', what: `${handoffNotes.length} note(s), open and resolved` },
    { name: 'markers.csv', what: 'song sections and notes as Reaper markers (M) and regions (R)' },
    { name: 'handoff.html', what: 'this sheet' },
  ];
  const sheet = handoffSheetHtml({
    projectName: project?.name ?? '',
    songTitle: song!.title,
    versionName: `v${version.number}`,
    versionLabel: version.label,
    savedBy: author?.name ?? 'A former member',
    savedAt: version.createdAt,
    approvedAt: version.approvedAt,
    approvals: decisions.map((d) => ({
      name: d.name,
      role: ROLE_LABELS[d.role],
      decision: d.decision === 'approve' ? 'Approved' : 'Requested changes',
      comment: d.comment,
      at: d.createdAt,
    })),
    sampleRate: version.bounceSampleRate ?? 0,
    durationSec: version.bounceDurationSec ?? 0,
    loudness: version.loudness,
    files,
  });
  const bounceSha = version.bounceSha256;
  const entries: ZipEntry[] = [
    { name: `${base}.wav`, stream: () => blobs.createReadStream(bounceSha) },
    ...stemFiles.map((s) => ({ name: s.path, stream: () => blobs.createReadStream(s.row.sha256) })),
    { name: 'mix.json', bytes: text(`${JSON.stringify(mixFile, null, 2)}\n`) },
    { name: 'notes.csv', bytes: text(notesCsv(handoffNotes)) },
    { name: 'markers.csv', bytes: text(reaperMarkersCsv(marks)) },
    { name: 'handoff.html', bytes: text(sheet) },
  ];
  return { fileName: `${base} - handoff.zip`, entries };
}
