import 'server-only';
import type { Database } from '@/db/client';
import { authorizeSong } from '@/lib/projects/access';
import type { EventBus } from './bus';
import { eventStreamResponse } from './eventStream';
import { accessTopic, songTopic } from './topics';

/** The live events of a song (notes changing…) as Server-Sent Events, for members of its project only. */
export async function songEventStream(
  deps: { db: Database; events: EventBus },
  userId: string,
  songId: string,
  signal: AbortSignal,
): Promise<Response> {
  await authorizeSong(deps.db, userId, songId, 'project.read');
  return eventStreamResponse(deps.events, songTopic(songId), signal, {}, accessTopic(userId));
}
