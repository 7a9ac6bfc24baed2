import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-user';
import { appContext } from '@/lib/context';
import { formatSec } from '@/lib/mix';
import { listMentions, markMentionsSeen } from '@/lib/notes/mentionsInbox';

/** Notes that @mention you, newest first; opening the page marks them read. */
export default async function MentionsPage() {
  const user = await requirePageUser('/mentions');
  const { db } = appContext();
  const mentions = await listMentions(db, user.userId);
  await markMentionsSeen(db, user.userId);
  return (
    <div className="stack">
      <h1>Mentions</h1>
      {mentions.length === 0 ? (
        <p className="empty">
          Nobody has mentioned you yet. When someone writes @{user.name} in a note, it shows up here.
        </p>
      ) : (
        <ul className="list" aria-label="Mentions">
          {mentions.map((m) => (
            <li key={m.noteId} data-unread={m.unread || undefined} data-testid="mention">
              <div className="row">
                <strong>{m.author?.name ?? 'Someone'}</strong>
                <span className="muted small">
                  on <Link href={`/songs/${m.song.id}`}>{m.song.title}</Link> at{' '}
                  {m.endSec === null
                    ? formatSec(m.startSec)
                    : `${formatSec(m.startSec)}–${formatSec(m.endSec)}`}{' '}
                  · {m.project.name} · {new Date(m.createdAt).toLocaleString('en-GB')}
                </span>
                {m.unread && <span className="badge">new</span>}
              </div>
              <p>{m.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
