import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '@/db/client';
import type { Role } from '@/db/schema';
import { activityEvents } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { AppError } from '@/lib/errors';
import { createEventBus } from '@/lib/events/bus';
import { songTopic } from '@/lib/events/topics';
import { initMixDocument } from '@/lib/mix';
import { createNote } from '@/lib/notes/createNote';
import { deleteNote } from '@/lib/notes/deleteNote';
import type { NotesDeps } from '@/lib/notes/deps';
import { editNote } from '@/lib/notes/editNote';
import { listNotes } from '@/lib/notes/listNotes';
import { listMentions, markMentionsSeen, mentionsInbox, unreadMentionCount } from '@/lib/notes/mentionsInbox';
import type { NoteChangedEvent } from '@/lib/notes/noteEvent';
import { reopenNote, resolveNote } from '@/lib/notes/resolveNote';
import { acceptInvite, createInvite } from '@/lib/projects/invites';
import { removeMember } from '@/lib/projects/members';
import { createProject } from '@/lib/projects/service';
import { createSong } from '@/lib/songs/service';
import { uploadStem } from '@/lib/stems/upload';
import { createLocalBlobStore } from '@/lib/storage/local-blob-store';
import { saveVersion } from '@/lib/versions/save-version';
import { chunked, sineWav24 } from '../../support/audio-files';
import { databaseTargets } from '../../support/databases';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(databaseTargets())('timecoded notes on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let dir: string;
  let deps: NotesDeps & { events: ReturnType<typeof createEventBus> };
  let n = 0;
  // One project shared by the tests: a 60 s song, an owner and one member of each other role.
  let songId: string;
  let projectId: string;
  const people = {} as Record<
    'owner' | 'artist' | 'engineer' | 'viewer' | 'stranger',
    { id: string; name: string; email: string }
  >;

  const newUser = (name: string) =>
    signUp(handle.db, {
      email: `${name.toLowerCase().replace(/\s+/g, '.')}${++n}@example.com`,
      name,
      password: 'password-1',
    });

  async function join(userId: string, role: Exclude<Role, 'owner'>) {
    const invite = await createInvite(handle.db, people.owner.id, projectId, { role });
    await acceptInvite(handle.db, userId, invite.token);
  }

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mixroom-notes-'));
    deps = { db: handle.db, events: createEventBus() };
    people.owner = await newUser('Olive Owner');
    people.artist = await newUser('Ari');
    people.engineer = await newUser('Ann Lee');
    people.viewer = await newUser('Vic');
    people.stranger = await newUser('Stan');
    projectId = (await createProject(handle.db, people.owner.id, { name: 'Night Drive' })).id;
    await join(people.artist.id, 'artist');
    await join(people.engineer.id, 'mix_engineer');
    await join(people.viewer.id, 'viewer');
    songId = (await createSong(handle.db, people.owner.id, projectId, { title: 'Tail Lights' })).id;
    await uploadStem(
      { db: handle.db, blobs: createLocalBlobStore(dir), maxUploadBytes: 10 * 1024 * 1024 },
      people.owner.id,
      {
        songId,
        fileName: 'Drums.wav',
        contentLength: null,
        body: chunked(sineWav24({ seconds: 60, sampleRate: 8000 })),
      },
    );
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores a point note and a range note authored by the signed-in user, in song order', async () => {
    const range = await createNote(deps, people.artist.id, songId, {
      body: 'the snare is too loud here',
      startSec: 42,
      endSec: 48,
      authorId: people.owner.id,
    });
    const point = await createNote(deps, people.engineer.id, songId, { body: 'nice fill', startSec: 12.5 });
    expect(range).toMatchObject({
      startSec: 42,
      endSec: 48,
      versionId: null,
      parentId: null,
      body: 'the snare is too loud here',
      author: { id: people.artist.id, name: 'Ari', role: 'artist' },
      resolvedAt: null,
    });
    expect(point).toMatchObject({
      startSec: 12.5,
      endSec: null,
      author: { id: people.engineer.id, role: 'mix_engineer' },
    });
    const listed = await listNotes(deps, people.viewer.id, songId);
    const ids = listed.map((t) => t.id);
    expect(ids.indexOf(point.id)).toBeLessThan(ids.indexOf(range.id));
  });

  it('threads a reply under its note, at the note’s time, and refuses a reply to a reply', async () => {
    const note = await createNote(deps, people.artist.id, songId, {
      body: 'vocal is buried',
      startSec: 20,
      endSec: 24,
    });
    const reply = await createNote(deps, people.owner.id, songId, {
      body: 'pushed it 2 dB',
      parentId: note.id,
    });
    expect(reply).toMatchObject({ parentId: note.id, startSec: 20, endSec: 24 });
    const thread = (await listNotes(deps, people.artist.id, songId)).find((t) => t.id === note.id);
    expect(thread?.replies.map((r) => r.body)).toEqual(['pushed it 2 dB']);
    expect(
      await refusal(createNote(deps, people.artist.id, songId, { body: 'x', parentId: reply.id })),
    ).toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('one level deep'),
    });
  });

  it('records who resolved and who reopened a thread, and filters by status', async () => {
    const note = await createNote(deps, people.artist.id, songId, { body: 'hat too bright', startSec: 5 });
    const resolved = await resolveNote(deps, people.engineer.id, note.id);
    expect(resolved.resolvedBy).toEqual({ id: people.engineer.id, name: 'Ann Lee', role: 'mix_engineer' });
    expect(resolved.resolvedAt).not.toBeNull();
    const resolvedIds = (await listNotes(deps, people.owner.id, songId, { status: 'resolved' })).map(
      (t) => t.id,
    );
    expect(resolvedIds).toContain(note.id);
    expect(
      (await listNotes(deps, people.owner.id, songId, { status: 'open' })).map((t) => t.id),
    ).not.toContain(note.id);

    const reopened = await reopenNote(deps, people.artist.id, note.id);
    expect(reopened).toMatchObject({
      resolvedAt: null,
      resolvedBy: null,
      reopenedBy: { id: people.artist.id },
    });
    expect(reopened.reopenedAt).not.toBeNull();
    const kinds = (await handle.db.select({ kind: activityEvents.kind }).from(activityEvents)).map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['note.created', 'note.replied', 'note.resolved', 'note.reopened']),
    );
  });

  it('lets a viewer read notes but not write, resolve or reply', async () => {
    const note = await createNote(deps, people.owner.id, songId, { body: 'intro fade', startSec: 0 });
    expect((await listNotes(deps, people.viewer.id, songId)).map((t) => t.id)).toContain(note.id);
    expect(
      (await refusal(createNote(deps, people.viewer.id, songId, { body: 'hi', startSec: 1 }))).code,
    ).toBe('forbidden');
    expect(
      (await refusal(createNote(deps, people.viewer.id, songId, { body: 'hi', parentId: note.id }))).code,
    ).toBe('forbidden');
    expect((await refusal(resolveNote(deps, people.viewer.id, note.id))).code).toBe('forbidden');
  });

  it('shows nothing to someone outside the project', async () => {
    const note = await createNote(deps, people.owner.id, songId, { body: 'secret', startSec: 3 });
    expect((await refusal(listNotes(deps, people.stranger.id, songId))).code).toBe('forbidden');
    expect(
      (await refusal(createNote(deps, people.stranger.id, songId, { body: 'hi', startSec: 1 }))).code,
    ).toBe('forbidden');
    expect((await refusal(resolveNote(deps, people.stranger.id, note.id))).code).toBe('forbidden');
  });

  it('lets authors edit and delete their own notes, and nobody else’s', async () => {
    const mine = await createNote(deps, people.owner.id, songId, { body: 'bass a bit boomy', startSec: 30 });
    expect((await refusal(editNote(deps, people.artist.id, mine.id, { body: 'hijacked' }))).message).toBe(
      'Only its author can edit a note.',
    );
    expect((await refusal(deleteNote(deps, people.artist.id, mine.id))).message).toBe(
      'Only its author can delete a note.',
    );
    const edited = await editNote(deps, people.owner.id, mine.id, { body: 'bass too boomy at 80 Hz' });
    expect(edited.body).toBe('bass too boomy at 80 Hz');
    expect(edited.editedAt).not.toBeNull();
  });

  it('keeps a deleted note’s replies in the thread, and drops a deleted note without replies', async () => {
    const withReply = await createNote(deps, people.artist.id, songId, {
      body: 'too much reverb',
      startSec: 50,
    });
    await createNote(deps, people.engineer.id, songId, { body: 'dried it up', parentId: withReply.id });
    const alone = await createNote(deps, people.artist.id, songId, { body: 'typo', startSec: 51 });
    await deleteNote(deps, people.artist.id, withReply.id);
    await deleteNote(deps, people.artist.id, alone.id);
    const threads = await listNotes(deps, people.owner.id, songId);
    const kept = threads.find((t) => t.id === withReply.id);
    expect(kept).toMatchObject({ body: '', deletedAt: expect.any(String) });
    expect(kept?.replies.map((r) => r.body)).toEqual(['dried it up']);
    expect(threads.find((t) => t.id === alone.id)).toBeUndefined();
    expect((await refusal(editNote(deps, people.artist.id, withReply.id, { body: 'back' }))).code).toBe(
      'gone',
    );
  });

  it('refuses times before the start, ranges that do not move forward and times past the song, saying why', async () => {
    const create = (input: object) =>
      refusal(createNote(deps, people.artist.id, songId, { body: 'x', ...input }));
    expect(await create({ startSec: -1 })).toEqual({
      code: 'bad_request',
      message: 'startSec: A note cannot start before 0:00 (startSec ≥ 0).',
    });
    expect(await create({ startSec: 10, endSec: 10 })).toEqual({
      code: 'bad_request',
      message: 'endSec: A range must end after it starts (endSec > startSec).',
    });
    expect(await create({ startSec: 10, endSec: 4 })).toMatchObject({
      message: expect.stringContaining('endSec > startSec'),
    });
    expect(await create({ startSec: 70 })).toEqual({
      code: 'bad_request',
      message: 'The song is 1:00 long; a note cannot go past its end (1:10).',
    });
    expect(await create({ startSec: 55, endSec: 90 })).toMatchObject({
      message: expect.stringContaining('1:30'),
    });
    expect(await create({ startSec: '12' })).toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('startSec'),
    });
    expect(await create({ body: '   ', startSec: 1 })).toMatchObject({
      message: 'body: Write something in the note.',
    });
    expect(await create({ body: 'x'.repeat(5001), startSec: 1 })).toMatchObject({
      message: 'body: A note has at most 5000 characters.',
    });
    // Within the small margin past the end is fine: a note on the last ring-out.
    expect(
      (await createNote(deps, people.artist.id, songId, { body: 'ring-out', startSec: 60.5 })).startSec,
    ).toBe(60.5);
  });

  it('resolves @mentions of members by name or email to their ids, and nobody else', async () => {
    const note = await createNote(deps, people.artist.id, songId, {
      body: `@Ann Lee can you check this? cc @${people.owner.email}, not @Stan nor @nobody; mail ann@example.com`,
      startSec: 8,
    });
    expect(note.mentions.map((m) => m.userId)).toEqual([people.engineer.id, people.owner.id]);
    expect(note.mentions[0]).toEqual({
      userId: people.engineer.id,
      name: 'Ann Lee',
      email: people.engineer.email,
    });
    const edited = await editNote(deps, people.artist.id, note.id, { body: 'actually @vic should hear it' });
    expect(edited.mentions.map((m) => m.userId)).toEqual([people.viewer.id]);
  });

  it('attaches notes to a version of the song, and filters by author and by version (the live mix is "live")', async () => {
    // A real version of the song, frozen from an in-memory mix document.
    const mixDoc = new Y.Doc();
    initMixDocument(mixDoc, []);
    const version = await saveVersion(
      { db: handle.db, applyDocChange: async (_room, change) => change(mixDoc) },
      people.owner.id,
      songId,
      { label: 'v2' },
    );
    const live = await createNote(deps, people.engineer.id, songId, { body: 'live', startSec: 9 });
    const onVersion = await createNote(deps, people.engineer.id, songId, {
      body: 'v2',
      startSec: 9,
      versionId: version.id,
    });
    expect(onVersion.versionId).toBe(version.id);
    const byEngineer = await listNotes(deps, people.owner.id, songId, { author: people.engineer.id });
    expect(byEngineer.every((t) => t.author?.id === people.engineer.id)).toBe(true);
    expect(byEngineer.map((t) => t.id)).toEqual(expect.arrayContaining([live.id, onVersion.id]));
    const liveIds = (await listNotes(deps, people.owner.id, songId, { versionId: 'live' })).map((t) => t.id);
    expect(liveIds).toContain(live.id);
    expect(liveIds).not.toContain(onVersion.id);
    expect(
      (await listNotes(deps, people.owner.id, songId, { versionId: version.id })).map((t) => t.id),
    ).toEqual([onVersion.id]);
    expect(
      await refusal(
        createNote(deps, people.engineer.id, songId, { body: 'x', startSec: 1, versionId: 'made-up' }),
      ),
    ).toEqual({ code: 'not_found', message: 'versionId: this song has no such version.' });
    expect((await refusal(listNotes(deps, people.owner.id, songId, { status: 'done' }))).code).toBe(
      'bad_request',
    );
  });

  it('publishes each change on the song’s topic, carrying the note as it now is', async () => {
    const received: NoteChangedEvent[] = [];
    const unsubscribe = deps.events.subscribe(songTopic(songId), (event) =>
      received.push(event as NoteChangedEvent),
    );
    const note = await createNote(deps, people.artist.id, songId, { body: 'watch this', startSec: 14 });
    await createNote(deps, people.owner.id, songId, { body: 'on it', parentId: note.id });
    await editNote(deps, people.artist.id, note.id, { body: 'watch this bit' });
    await resolveNote(deps, people.owner.id, note.id);
    await reopenNote(deps, people.owner.id, note.id);
    await deleteNote(deps, people.artist.id, note.id);
    unsubscribe();
    await createNote(deps, people.artist.id, songId, { body: 'after unsubscribe', startSec: 1 });
    expect(received.map((e) => [e.type, e.change, e.note.body])).toEqual([
      ['note.changed', 'created', 'watch this'],
      ['note.changed', 'created', 'on it'],
      ['note.changed', 'edited', 'watch this bit'],
      ['note.changed', 'resolved', 'watch this bit'],
      ['note.changed', 'reopened', 'watch this bit'],
      ['note.changed', 'deleted', ''],
    ]);
    // What crosses SSE is JSON: the event survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(received[3]))).toEqual(received[3]);
  });

  // Last in the file: it removes a member from the shared project.
  it('lists a member’s @mentions with unread counts until they open them, only while they belong', async () => {
    const db = handle.db;
    const before = await unreadMentionCount(db, people.engineer.id);
    const viewerBefore = await unreadMentionCount(db, people.viewer.id);
    const note = await createNote(deps, people.artist.id, songId, {
      body: '@Ann Lee can you check the low end? cc @Olive Owner',
      startSec: 30,
      endSec: 34,
    });
    // The author's mention of themselves is no news to them.
    await createNote(deps, people.owner.id, songId, { body: 'note to self @Olive Owner', startSec: 5 });
    expect(await unreadMentionCount(db, people.engineer.id)).toBe(before + 1);
    // The API's answer: the same list and count in one call.
    const inbox = await mentionsInbox(db, people.engineer.id);
    expect(inbox.unread).toBe(before + 1);
    expect(inbox.mentions).toEqual(await listMentions(db, people.engineer.id));
    const [latest] = await listMentions(db, people.engineer.id);
    expect(latest).toMatchObject({
      noteId: note.id,
      body: '@Ann Lee can you check the low end? cc @Olive Owner',
      author: { id: people.artist.id, name: 'Ari' },
      song: { id: songId, title: 'Tail Lights' },
      project: { id: projectId, name: 'Night Drive' },
      startSec: 30,
      endSec: 34,
      unread: true,
    });
    expect((await listMentions(db, people.owner.id)).map((m) => m.noteId)).toContain(note.id);
    expect((await listMentions(db, people.owner.id)).some((m) => m.body.startsWith('note to self'))).toBe(
      false,
    );
    // Nobody else hears of it.
    expect(await unreadMentionCount(db, people.viewer.id)).toBe(viewerBefore);

    await markMentionsSeen(db, people.engineer.id);
    expect(await unreadMentionCount(db, people.engineer.id)).toBe(0);
    expect((await listMentions(db, people.engineer.id))[0]!.unread).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    const again = await createNote(deps, people.artist.id, songId, {
      body: 'and @ann lee the hats',
      startSec: 40,
    });
    expect(await unreadMentionCount(db, people.engineer.id)).toBe(1);
    await deleteNote(deps, people.artist.id, again.id);
    expect(await unreadMentionCount(db, people.engineer.id)).toBe(0);

    await removeMember(db, people.owner.id, projectId, people.engineer.id);
    expect(await listMentions(db, people.engineer.id)).toEqual([]);
  });
});
