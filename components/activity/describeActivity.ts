import type { ActivityItem } from '@/lib/activity/list-activity';

/** An activity event as the feed receives it (GET /api/v1/projects/:projectId/activity). */
export type ActivityView = ActivityItem;

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One feed entry in words: "Ana saved v2 “vocal up” of Song". */
export function describeActivity(e: ActivityView, roleLabels: Record<string, string>): string {
  const who = e.actor.name;
  const of = e.songTitle ? ` of ${e.songTitle}` : '';
  const on = e.songTitle ? ` on ${e.songTitle}` : '';
  const p = e.payload;
  const v = p.number !== undefined ? `v${str(p.number)}` : 'a version';
  switch (e.kind) {
    case 'project.created':
      return `${who} created the project`;
    case 'member.joined':
      return `${who} joined as ${roleLabels[str(p.role)] ?? str(p.role)}`;
    case 'member.role_changed':
      return `${who} made ${str(p.name)} ${roleLabels[str(p.role)] ?? str(p.role)}`;
    case 'member.removed':
      return `${who} removed ${str(p.name)} from the project`;
    case 'member.left':
      return `${who} left the project`;
    case 'invite.created':
      return `${who} invited a ${roleLabels[str(p.role)] ?? str(p.role)}`;
    case 'song.created':
      return `${who} added the song ${str(p.title)}`;
    case 'stem.uploaded':
      return `${who} uploaded the stem ${str(p.name)}${on}`;
    case 'note.created':
      return `${who} left a note${on}`;
    case 'note.replied':
      return `${who} replied to a note${on}`;
    case 'note.resolved':
      return `${who} resolved a note${on}`;
    case 'note.reopened':
      return `${who} reopened a note${on}`;
    case 'version.saved':
      return `${who} saved ${v}${p.label ? ` “${str(p.label)}”` : ''}${of}`;
    case 'version.restored':
      return `${who} restored ${v}${of} into the live mix`;
    case 'version.decided':
      return `${who} ${p.decision === 'approve' ? 'approved' : 'requested changes to'} ${v}${of}${p.comment ? `: “${str(p.comment)}”` : ''}`;
    case 'version.approved':
      return `${v}${of} is approved and locked`;
    default:
      return `${who}: ${e.kind}${on}`;
  }
}
