'use client';
import styles from './song.module.css';
import type { PresentUser } from './usePresence';

/** Initials for an avatar: "Demo Listener" -> "DL". */
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('') || '?';

function Avatar({ name, role, color, you }: { name: string; role: string; color: string; you?: boolean }) {
  return (
    <li className={styles.person} title={`${name} — ${role}${you ? ' (you)' : ''}`}>
      <span className={styles.avatar} style={{ background: color }} aria-hidden="true">
        {initials(name)}
      </span>
      <span className={styles.personText}>
        <span className={styles.personName}>
          {name}
          {you ? ' (you)' : ''}
        </span>
        <span className={styles.personRole}>{role}</span>
      </span>
    </li>
  );
}

/** Who is listening to this mix right now, with their role. */
export function PresenceBar({
  me,
  others,
  roleLabel,
}: {
  me: { name: string; roleLabel: string; color: string };
  others: PresentUser[];
  roleLabel: (role: string) => string;
}) {
  return (
    <section aria-label="Who is here" className={styles.presence}>
      <ul className={styles.people}>
        <Avatar name={me.name} role={me.roleLabel} color={me.color} you />
        {others.map((user) => (
          <Avatar key={user.id} name={user.name} role={roleLabel(user.role)} color={user.color} />
        ))}
      </ul>
    </section>
  );
}
