import type { Role } from '@/db/schema/projects';

/** Everything a member may try to do in a project. */
export type Action =
  | 'project.read'
  | 'mix.read'
  | 'mix.write'
  | 'notes.read'
  | 'notes.write'
  | 'versions.save'
  | 'versions.approve'
  | 'stems.upload'
  | 'stems.download'
  | 'songs.create'
  | 'members.read'
  | 'members.manage'
  | 'handoff.download';

const WRITERS: readonly Role[] = ['owner', 'mix_engineer'];
const CONTRIBUTORS: readonly Role[] = ['owner', 'mix_engineer', 'artist', 'mastering_engineer'];
const EVERYONE: readonly Role[] = ['owner', 'mix_engineer', 'artist', 'mastering_engineer', 'viewer'];

const RULES: Record<Action, readonly Role[]> = {
  'project.read': EVERYONE,
  'mix.read': EVERYONE,
  'mix.write': WRITERS,
  'notes.read': EVERYONE,
  'notes.write': CONTRIBUTORS,
  'versions.save': WRITERS,
  'versions.approve': CONTRIBUTORS,
  'stems.upload': WRITERS,
  'stems.download': EVERYONE,
  'songs.create': WRITERS,
  'members.read': EVERYONE,
  'members.manage': ['owner'],
  // The package goes to mastering; the artist approves but does not download it (issue: handoff).
  'handoff.download': ['owner', 'mix_engineer', 'mastering_engineer'],
};

/**
 * The one policy function: may a member with `role` (null = not a member) do `action`?
 * Every page, route handler and the sync server ask this, never a role comparison of their own.
 */
export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return RULES[action].includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  mix_engineer: 'Mix engineer',
  artist: 'Artist',
  mastering_engineer: 'Mastering engineer',
  viewer: 'Viewer',
};
