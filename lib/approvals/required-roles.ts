import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { projects, ROLES } from '@/db/schema';
import { authorize } from '@/lib/projects/access';
import { parseInput } from '@/lib/validation';

export const requiredRolesInput = z.object({
  roles: z
    .array(z.enum(ROLES.filter((r) => r !== 'viewer') as [string, ...string[]]))
    .min(1, 'Name at least one role that must approve.')
    .max(4),
});

/** The roles whose approval makes a version of this project approved (members). */
export async function getRequiredApprovalRoles(db: Database, userId: string, projectId: string) {
  await authorize(db, userId, projectId, 'project.read');
  const [row] = await db
    .select({ roles: projects.requiredApprovalRoles })
    .from(projects)
    .where(eq(projects.id, projectId));
  return { roles: row?.roles ?? [] };
}

/** Sets which roles must approve a version of this project (owner only); applies to versions not yet approved. */
export async function setRequiredApprovalRoles(
  db: Database,
  userId: string,
  projectId: string,
  input: unknown,
) {
  const { roles } = parseInput(requiredRolesInput, input);
  await authorize(db, userId, projectId, 'members.manage');
  const unique = [...new Set(roles)] as (typeof ROLES)[number][];
  await db.update(projects).set({ requiredApprovalRoles: unique }).where(eq(projects.id, projectId));
  return { roles: unique };
}
