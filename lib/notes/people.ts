import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { memberships, type Role, users } from '@/db/schema';

export interface ProjectPerson {
  userId: string;
  name: string;
  email: string;
  /** null for someone who is no longer a member (an old note's author). */
  role: Role | null;
}

/** The members of a project: who a note may @mention. */
export async function projectMembers(db: Database, projectId: string): Promise<ProjectPerson[]> {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId));
}

/** These users with their current role in the project (null if they left), by id. */
export async function peopleById(
  db: Database,
  projectId: string,
  userIds: readonly string[],
): Promise<Map<string, ProjectPerson>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.projectId, projectId)))
    .where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.userId, row]));
}
