import { z } from 'zod';

export const NOTE_BODY_MAX_CHARS = 5000;

const noteBody = z
  .string({ error: 'Write the note as text.' })
  .trim()
  .min(1, 'Write something in the note.')
  .max(NOTE_BODY_MAX_CHARS, `A note has at most ${NOTE_BODY_MAX_CHARS} characters.`);

const id = z.string().trim().min(1).max(100);

const seconds = z.number({ error: 'Give the time in seconds, as a number.' });

/**
 * A new note or reply. The author is always the signed-in user: fields such as `authorId` are dropped.
 * A reply (`parentId`) takes its parent's times and version, so `startSec` is needed only without one.
 */
export const createNoteInput = z
  .object({
    body: noteBody,
    startSec: seconds.min(0, 'A note cannot start before 0:00 (startSec ≥ 0).').optional(),
    endSec: seconds.nullable().optional(),
    versionId: id.nullable().optional(),
    parentId: id.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.parentId !== undefined) return;
    if (input.startSec === undefined) {
      ctx.addIssue({ code: 'custom', path: ['startSec'], message: 'Say where the note is (startSec).' });
      return;
    }
    if (input.endSec != null && input.endSec <= input.startSec)
      ctx.addIssue({
        code: 'custom',
        path: ['endSec'],
        message: 'A range must end after it starts (endSec > startSec).',
      });
  });

export type CreateNoteInput = z.output<typeof createNoteInput>;

export const editNoteInput = z.object({ body: noteBody });

/** `GET …/notes` filters: open or resolved threads, one author's threads, one version or the live mix. */
export const listNotesQuery = z.object({
  status: z.enum(['open', 'resolved'], { error: 'status is "open" or "resolved".' }).optional(),
  author: id.optional(),
  versionId: id.optional(),
});

export type ListNotesQuery = z.output<typeof listNotesQuery>;
