import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { songs } from '@/db/schema';

/** A file-system-safe name: letters, digits, spaces, dots, dashes and underscores kept. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '_').trim() || 'untitled';
}

/** "Song title - v3.wav". */
export async function bounceFileName(
  db: Database,
  version: { songId: string; number: number },
): Promise<string> {
  const [song] = await db.select({ title: songs.title }).from(songs).where(eq(songs.id, version.songId));
  return `${safeFileName(song?.title ?? 'Song')} - v${version.number}.wav`;
}
