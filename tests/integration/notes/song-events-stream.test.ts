import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { signUp } from '@/lib/accounts/service';
import { AppError } from '@/lib/errors';
import { createEventBus, type EventBus } from '@/lib/events/bus';
import { eventStreamResponse } from '@/lib/events/eventStream';
import { songEventStream } from '@/lib/events/songEvents';
import { accessTopic, songTopic } from '@/lib/events/topics';
import { createNote } from '@/lib/notes/createNote';
import { acceptInvite, createInvite } from '@/lib/projects/invites';
import { createProject } from '@/lib/projects/service';
import { createSong } from '@/lib/songs/service';
import { databaseTargets } from '../../support/databases';

/** Reads a stream's text until `until` matches (or the stream ends). */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  until: RegExp,
  sofar = '',
): Promise<string> {
  const decoder = new TextDecoder();
  let text = sofar;
  while (!until.test(text)) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

/** The in-process bus, counting its subscribers per topic (to see that streams unsubscribe). */
function countingBus(): EventBus & { listeners(topic: string): number } {
  const inner = createEventBus();
  const counts = new Map<string, number>();
  return {
    publish: inner.publish,
    subscribe(topic, listener) {
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      const stop = inner.subscribe(topic, listener);
      let stopped = false;
      return () => {
        if (!stopped) counts.set(topic, (counts.get(topic) ?? 1) - 1);
        stopped = true;
        stop();
      };
    },
    listeners: (topic) => counts.get(topic) ?? 0,
  };
}

describe.each(databaseTargets())('the song events stream on $name', (target) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let ownerId: string;
  let viewerId: string;
  let strangerId: string;
  let songId: string;
  let otherSongId: string;

  beforeAll(async () => {
    ({ handle, drop } = await target.open());
    const user = (name: string) =>
      signUp(handle.db, { email: `${name}@example.com`, name, password: 'password-1' }).then((u) => u.id);
    [ownerId, viewerId, strangerId] = await Promise.all([user('owner'), user('viewer'), user('stranger')]);
    const { id: projectId } = await createProject(handle.db, ownerId, { name: 'P' });
    const invite = await createInvite(handle.db, ownerId, projectId, { role: 'viewer' });
    await acceptInvite(handle.db, viewerId, invite.token);
    songId = (await createSong(handle.db, ownerId, projectId, { title: 'A' })).id;
    otherSongId = (await createSong(handle.db, ownerId, projectId, { title: 'B' })).id;
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  it('streams ready, then each note change of its song only, as SSE, to a viewer', async () => {
    const events = countingBus();
    const deps = { db: handle.db, events };
    const abort = new AbortController();
    const response = await songEventStream(deps, viewerId, songId, abort.signal);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-transform');
    const reader = response.body!.getReader();
    const ready = await readUntil(reader, /event: ready\n/);
    expect(ready).toMatch(/^retry: \d+\nevent: ready\ndata: \{\}\n\n$/);

    await createNote(deps, ownerId, otherSongId, { body: 'on the other song', startSec: 0 });
    await createNote(deps, ownerId, songId, { body: 'on this song', startSec: 0 });
    const text = await readUntil(reader, /\n\n$/);
    expect(text).not.toContain('on the other song');
    const [, data] = /event: note\.changed\ndata: (.*)\n\n/.exec(text) ?? [];
    expect(JSON.parse(data!)).toMatchObject({
      type: 'note.changed',
      v: 1,
      change: 'created',
      note: { body: 'on this song' },
    });

    // The client goes away: the stream ends and nothing stays subscribed.
    expect(events.listeners(`songs/${songId}`)).toBe(1);
    abort.abort();
    expect((await reader.read()).done).toBe(true);
    expect(events.listeners(`songs/${songId}`)).toBe(0);
  });

  it('refuses someone outside the project before opening a stream', async () => {
    const deps = { db: handle.db, events: createEventBus() };
    await expect(
      songEventStream(deps, strangerId, songId, new AbortController().signal),
    ).rejects.toMatchObject(new AppError('forbidden', 'You are not a member of this project.'));
  });

  it('sends keep-alive comments while idle and ends after its lifetime', async () => {
    const bus = countingBus();
    const response = eventStreamResponse(bus, 't', new AbortController().signal, {
      keepAliveMs: 20,
      maxStreamMs: 120,
    });
    const reader = response.body!.getReader();
    const text = await readUntil(reader, /: keep-alive\n\n/);
    expect(text).toContain(': keep-alive\n\n');
    while (!(await reader.read()).done) {
      // Drain until the lifetime ends the stream.
    }
    expect(bus.listeners('t')).toBe(0);
  });

  it('ends a member’s stream as soon as their access changes, and not someone else’s', async () => {
    const events = countingBus();
    const deps = { db: handle.db, events };
    const viewer = (
      await songEventStream(deps, viewerId, songId, new AbortController().signal)
    ).body!.getReader();
    const owner = (
      await songEventStream(deps, ownerId, songId, new AbortController().signal)
    ).body!.getReader();
    await readUntil(viewer, /event: ready/);
    await readUntil(owner, /event: ready/);
    events.publish(accessTopic(viewerId), { type: 'access.changed' });
    while (!(await viewer.read()).done) {
      // Drain: the stream ends (EventSource reconnects and the membership check runs again).
    }
    expect(events.listeners(accessTopic(viewerId))).toBe(0);
    // The owner's stream still carries the song's events.
    events.publish(songTopic(songId), { type: 'note.changed' });
    expect(await readUntil(owner, /event: note\.changed/)).toContain('event: note.changed');
    await owner.cancel();
    expect(events.listeners(songTopic(songId))).toBe(0);
  });
});
