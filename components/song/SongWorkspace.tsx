'use client';
import { type ReactNode, useMemo } from 'react';
import { Mixer, type TrackWatcher } from '@/components/mixer/Mixer';
import { presenceColor } from '@/lib/sync/presence';
import { ConnectionPill } from './ConnectionPill';
import { PresenceBar } from './PresenceBar';
import styles from './song.module.css';
import { type MixDocument, useMixDocument } from './useMixDocument';
import { usePresence } from './usePresence';
import { useUndoRedo } from './useUndoRedo';

export interface SongWorkspaceProps {
  songId: string;
  /** Whether this member may write the mix (`can(role, 'mix.write')`). */
  canWrite: boolean;
  me: { id: string; name: string; roleLabel: string };
  /** Labels of roles for other people's avatars (role key -> "Mix engineer"). */
  roleLabels: Record<string, string>;
  /**
   * Extra panels sharing this mix (transport, waveforms, automation timeline). A function receives the
   * live document; plain nodes are rendered as they are.
   */
  children?: ReactNode | ((mix: MixDocument) => ReactNode);
}

/** The live part of the song page: one mix document shared by the mixer and whatever comes next. */
export function SongWorkspace({ songId, canWrite, me, roleLabels, children }: SongWorkspaceProps) {
  const mixDocument = useMixDocument(songId, { readOnly: !canWrite });
  const { doc, mix, readOnly, connection, awareness, origin, undoManager } = mixDocument;
  const others = usePresence(awareness);
  const history = useUndoRedo(undoManager, !readOnly);
  const watchers = useMemo(() => {
    const byTrack = new Map<string, TrackWatcher[]>();
    for (const user of others) {
      if (user.selectedTrackId)
        byTrack.set(user.selectedTrackId, [...(byTrack.get(user.selectedTrackId) ?? []), user]);
    }
    return byTrack;
  }, [others]);

  return (
    <section className={styles.workspace} aria-label="Mix" data-testid="song-workspace">
      <div className={styles.toolbar}>
        <h2 className={styles.title}>Mix</h2>
        {!readOnly && (
          <div className={styles.history}>
            <button
              type="button"
              className="secondary"
              onClick={history.undo}
              disabled={!history.canUndo}
              aria-label="Undo my last change"
              title="Undo (Ctrl+Z)"
            >
              ↶ Undo
            </button>
            <button
              type="button"
              className="secondary"
              onClick={history.redo}
              disabled={!history.canRedo}
              aria-label="Redo my last undone change"
              title="Redo (Ctrl+Shift+Z)"
            >
              ↷ Redo
            </button>
          </div>
        )}
        <ConnectionPill status={connection} />
        <PresenceBar
          me={{ name: me.name, roleLabel: me.roleLabel, color: presenceColor(me.id) }}
          others={others}
          roleLabel={(role) => roleLabels[role] ?? role}
        />
      </div>
      {readOnly && (
        <p className={styles.readOnly} role="note">
          Listening as {me.roleLabel} — read-only. The owner and mix engineers change the mix; you hear it
          live.
        </p>
      )}
      {mix ? (
        <Mixer
          doc={doc}
          origin={origin}
          mix={mix}
          readOnly={readOnly}
          watchers={watchers}
          onSelectTrack={(trackId) => awareness?.setLocalStateField('selectedTrackId', trackId)}
        />
      ) : (
        <p className="empty" aria-busy="true">
          {connection.state === 'closed' ? 'Could not open the mix.' : 'Loading the mix…'}
        </p>
      )}
      {typeof children === 'function' ? children(mixDocument) : children}
    </section>
  );
}
