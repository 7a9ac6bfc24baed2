import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { memberships, projects, type Role, users } from '@/db/schema';
import { recordActivity } from '@/lib/activity/record';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { authorize } from './access';

export const createProjectInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the project a name.')
    .max(120, 'A project name has at most 120 characters.'),
  kind: z.enum(['single', 'album']).default('single'),
});

/** The projects the user belongs to, with their role in each. */
export async function listProjects(db: Database, userId: string) {
  return db
    .select({ id: projects.id, name: projects.name, kind: projects.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(projects.name));
}

/** Creates a project owned by the user. */
export async function createProject(db: Database, userId: string, input: unknown) {
  const { name, kind } = parseInput(createProjectInput, input);
  return db.transaction(async (tx) => {
    const [project] = await tx.insert(projects).values({ name, kind, createdBy: userId }).returning();
    await tx.insert(memberships).values({ projectId: project!.id, userId, role: 'owner' });
    await recordActivity(tx, {
      projectId: project!.id,
      actorId: userId,
      kind: 'project.created',
      payload: { name },
    });
    return { id: project!.id, name: project!.name, kind: project!.kind, role: 'owner' as Role };
  });
}

/** A project the user may read, with their role. */
export async function getProject(db: Database, userId: string, projectId: string) {
  const role = await authorize(db, userId, projectId, 'project.read');
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!project) throw new AppError('not_found', 'No such project.');
  return { ...project, role };
}

/** Members of a project with their roles. */
export async function listMembers(db: Database, userId: string, projectId: string) {
  await authorize(db, userId, projectId, 'members.read');
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId))
    .orderBy(asc(memberships.createdAt));
}
