/** A member who can be @mentioned, by any of their labels (display name, email). */
export interface MentionCandidate {
  userId: string;
  labels: readonly string[];
}

/** A run of a note's body: plain text, or an @mention of a member (`userId` set). */
export interface BodySegment {
  text: string;
  userId: string | null;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Cuts a body into plain text and @mentions. A mention is "@" + a member's name or email (any case),
 * at the start or after a non-word character, and not followed by a word character; the longest label
 * wins, so "@Ann Lee" is Ann Lee even when there is also an "Ann". Unknown names stay plain text.
 */
export function splitMentions(body: string, candidates: readonly MentionCandidate[]): BodySegment[] {
  const labels = candidates
    .flatMap((c) => c.labels.filter((l) => l.trim() !== '').map((label) => ({ label, userId: c.userId })))
    .sort((a, b) => b.label.length - a.label.length);
  const lower = body.toLowerCase();
  const segments: BodySegment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < body.length) {
    const isMentionStart = body[i] === '@' && (i === 0 || !WORD_CHAR.test(body[i - 1]!));
    const match = isMentionStart
      ? labels.find(({ label }) => {
          const end = i + 1 + label.length;
          return (
            lower.startsWith(label.toLowerCase(), i + 1) &&
            (end >= body.length || !WORD_CHAR.test(body[end]!))
          );
        })
      : undefined;
    if (!match) {
      i++;
      continue;
    }
    if (i > plainStart) segments.push({ text: body.slice(plainStart, i), userId: null });
    const end = i + 1 + match.label.length;
    segments.push({ text: body.slice(i, end), userId: match.userId });
    plainStart = end;
    i = end;
  }
  if (plainStart < body.length) segments.push({ text: body.slice(plainStart), userId: null });
  return segments;
}

/** The distinct ids of the members a body mentions, in order of first mention. */
export function mentionedUserIds(body: string, candidates: readonly MentionCandidate[]): string[] {
  const ids = splitMentions(body, candidates).flatMap((s) => (s.userId ? [s.userId] : []));
  return [...new Set(ids)];
}
