import * as Y from 'yjs';
import type { Database } from '@/db/client';
import { memberships, type Role } from '@/db/schema';
import { signUp } from '@/lib/accounts/service';
import { createProject } from '@/lib/projects/service';
import { createSong } from '@/lib/songs/service';
import type { VersionDeps } from '@/lib/versions/version-deps';

/** Live mix documents kept in memory, changed the way the sync server's applyServerChange does. */
export function memoryDocs() {
  const docs = new Map<string, Y.Doc>();
  const doc = (room: string) => {
    let d = docs.get(room);
    if (!d) {
      d = new Y.Doc();
      docs.set(room, d);
    }
    return d;
  };
  return {
    doc,
    applyDocChange: async (room: string, change: (d: Y.Doc) => void) => change(doc(room)),
  };
}

/** A project with one song and a member in every role. */
export async function projectWithTeam(db: Database, tag: string) {
  const user = async (role: string) =>
    (
      await signUp(db, {
        email: `${role}-${tag}@example.com`,
        name: `${role} ${tag}`,
        password: 'password-1',
      })
    ).id;
  const owner = await user('owner');
  const project = await createProject(db, owner, { name: `Project ${tag}` });
  const song = await createSong(db, owner, project.id, { title: `Song ${tag}` });
  const members = { owner } as Record<Role, string>;
  for (const role of ['mix_engineer', 'artist', 'mastering_engineer', 'viewer'] as const) {
    members[role] = await user(role);
    await db.insert(memberships).values({ projectId: project.id, userId: members[role], role });
  }
  return { projectId: project.id, songId: song.id, members };
}

export type Docs = ReturnType<typeof memoryDocs>;
export const depsOf = (db: Database, docs: Docs): VersionDeps => ({
  db,
  applyDocChange: docs.applyDocChange,
});
