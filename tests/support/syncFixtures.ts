import type { Database } from '@/db/client';
import { memberships, projects, songs, stems, users } from '@/db/schema';
import type { Role } from '@/db/schema/projects';
import { createAccessToken } from '@/lib/auth/tokens';
import { formatMixRoom } from '@/lib/sync/roomName';

/** A user with a personal access token, as the sync tests connect. */
export interface SeededUser {
  userId: string;
  name: string;
  token: string;
}

/** Inserts a user and gives them an access token. */
export async function seedUser(db: Database, name: string): Promise<SeededUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${crypto.randomUUID()}@example.com`;
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash: 'x' })
    .returning({ id: users.id });
  const { token } = await createAccessToken(db, user!.id, 'sync tests');
  return { userId: user!.id, name, token };
}

/** A project with one song (and two stems) whose members hold the given roles; plus an outsider. */
export async function seedSong(db: Database, roles: readonly Role[]) {
  const [project] = await db.insert(projects).values({ name: 'Sync test' }).returning({ id: projects.id });
  const projectId = project!.id;
  const [song] = await db.insert(songs).values({ projectId, title: 'Song' }).returning({ id: songs.id });
  const songId = song!.id;
  const stemRows = ['Drums', 'Bass'].map((name) => ({
    songId,
    name,
    fileName: `${name}.wav`,
    sha256: crypto.randomUUID(),
    sizeBytes: 1,
    format: 'wav' as const,
    sampleRate: 48_000,
    channels: 2,
    durationSec: 1,
  }));
  const stemIds = (await db.insert(stems).values(stemRows).returning({ id: stems.id, name: stems.name })).map(
    (s) => ({ id: s.id, name: s.name }),
  );
  const members: Record<string, SeededUser> = {};
  for (const role of roles) {
    const user = await seedUser(db, role);
    await db.insert(memberships).values({ projectId, userId: user.userId, role });
    members[role] = user;
  }
  const outsider = await seedUser(db, 'Outsider');
  return { projectId, songId, room: formatMixRoom(songId), stems: stemIds, members, outsider };
}
