import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type NoteRow, notes, versions } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { authorizeSong } from '@/lib/projects/access';
import { parseInput } from '@/lib/validation';
import type { NotesDeps } from './deps';
import { createNoteInput } from './input';
import { mentionIdsFor } from './mentionsFor';
import type { NoteView } from './noteView';
import { publishNoteChange } from './publishNoteChange';
import { NOTE_END_MARGIN_SEC, songLengthSec } from './songLength';
import { formatTimecode } from './timecode';
import { toNoteViews } from './toNoteViews';

/**
 * Leaves a note (or, with `parentId`, a reply) on a song as the signed-in user. Members whose role may
 * write notes only; times must lie within the song; @mentions resolve against the project's members.
 */
export async function createNote(
  deps: NotesDeps,
  userId: string,
  songId: string,
  input: unknown,
): Promise<NoteView> {
  const { db } = deps;
  const { projectId } = await authorizeSong(db, userId, songId, 'notes.write');
  const parsed = parseInput(createNoteInput, input);

  let place: Pick<NoteRow, 'startSec' | 'endSec' | 'versionId' | 'parentId'>;
  if (parsed.parentId !== undefined) {
    const parent = await replyTarget(db, songId, parsed.parentId);
    place = {
      startSec: parent.startSec,
      endSec: parent.endSec,
      versionId: parent.versionId,
      parentId: parent.id,
    };
  } else {
    // The input schema guarantees startSec without a parent, and endSec > startSec.
    const startSec = parsed.startSec!;
    const endSec = parsed.endSec ?? null;
    await assertWithinSong(db, songId, endSec ?? startSec);
    const versionId = parsed.versionId ?? null;
    if (versionId !== null) await assertVersionOfSong(db, songId, versionId);
    place = { startSec, endSec, versionId, parentId: null };
  }

  const mentionIds = await mentionIdsFor(db, projectId, parsed.body);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(notes)
      .values({ songId, authorId: userId, body: parsed.body, mentionIds, ...place })
      .returning();
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      kind: place.parentId === null ? 'note.created' : 'note.replied',
      payload: {
        songId,
        noteId: inserted!.id,
        parentId: place.parentId,
        startSec: place.startSec,
        endSec: place.endSec,
        versionId: place.versionId,
        mentionIds,
      },
    });
    return inserted!;
  });
  const [view] = await toNoteViews(db, projectId, [row]);
  publishNoteChange(deps, 'created', view!);
  return view!;
}

/** The note a reply hangs on: a top-level note of the same song (replies are one level deep). */
async function replyTarget(db: Database, songId: string, parentId: string): Promise<NoteRow> {
  const [parent] = await db
    .select()
    .from(notes)
    .where(and(eq(notes.id, parentId), eq(notes.songId, songId)));
  if (!parent) throw new AppError('not_found', 'parentId: there is no such note on this song to reply to.');
  if (parent.parentId !== null)
    throw new AppError(
      'bad_request',
      'parentId: reply to the thread’s first note; replies are one level deep.',
    );
  return parent;
}

async function assertVersionOfSong(db: Database, songId: string, versionId: string): Promise<void> {
  const [version] = await db
    .select({ id: versions.id })
    .from(versions)
    .where(and(eq(versions.id, versionId), eq(versions.songId, songId)));
  if (!version) throw new AppError('not_found', 'versionId: this song has no such version.');
}

async function assertWithinSong(db: Database, songId: string, lastSec: number): Promise<void> {
  const lengthSec = await songLengthSec(db, songId);
  if (lastSec > lengthSec + NOTE_END_MARGIN_SEC)
    throw new AppError(
      'bad_request',
      lengthSec === 0
        ? 'This song has no stems yet, so a note can only sit at 0:00.'
        : `The song is ${formatTimecode(lengthSec)} long; a note cannot go past its end (${formatTimecode(lastSec)}).`,
    );
}
