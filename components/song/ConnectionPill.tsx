'use client';
import { type ConnectionStatus, describeConnection } from './connectionState';
import styles from './song.module.css';

/** The link to the sync server, always visible so nobody mixes into the void without knowing. */
export function ConnectionPill({ status }: { status: ConnectionStatus }) {
  return (
    <output
      className={styles.connection}
      data-state={status.state}
      data-testid="connection-status"
      aria-live="polite"
    >
      <span className={styles.connectionDot} aria-hidden="true" />
      {describeConnection(status)}
    </output>
  );
}
