/** A project member as the @mention list offers them. */
export interface Mentionable {
  userId: string;
  name: string;
  email: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const MAX_QUERY = 40;

/**
 * The @mention being typed just before the caret: the text after an "@" that starts a word (at the
 * start or after a non-word character), up to the caret, without a line break or a second "@".
 * Spaces are allowed ("@Ann L" narrows to Ann Lee). Null when the caret is not in a mention.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && WORD_CHAR.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/**
 * Members matching a query, best first: a name or email that starts with it, then a word of the
 * name that does; case-insensitive. An empty query lists everyone (up to `limit`).
 */
export function matchMentionables(members: readonly Mentionable[], query: string, limit = 6): Mentionable[] {
  const q = query.toLowerCase();
  const rank = (m: Mentionable): number => {
    const name = m.name.toLowerCase();
    if (name.startsWith(q) || m.email.toLowerCase().startsWith(q)) return 0;
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return 1;
    return -1;
  };
  return members
    .map((m) => ({ m, r: rank(m) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || a.m.name.localeCompare(b.m.name))
    .slice(0, limit)
    .map(({ m }) => m);
}

/**
 * Replaces the mention being typed (from `start` to the caret) with "@Name", followed by a space
 * unless a space or punctuation follows already, and says where the caret goes.
 */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  member: Mentionable,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const inserted = /^[\s,.;:!?)]/.test(after) ? `@${member.name}` : `@${member.name} `;
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}
