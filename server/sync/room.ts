import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PresenceUser } from '@/lib/sync/presence';
import { type AwarenessEntry, encodeAwarenessUpdate } from './awarenessUpdate';
import type { DocumentLog } from './documentLog';
import type { SyncLog } from './syncLog';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from './wireMessage';

/** The smallest thing a room needs from a connection (tldraw's WebSocketMinimal idea). */
export interface RoomPeer {
  send(frame: Uint8Array): void;
  /** Identity stamped into this peer's awareness states. */
  readonly user: PresenceUser;
}

/** Transaction origin of changes made by server-side services through `applyServerChange`. */
export const SERVER_ORIGIN = Symbol('mixroom-server');

/**
 * One loaded document and the peers connected to it. Every document change, from a peer or the server,
 * is appended to the log and relayed to peers (the sender included, as its acknowledgement) only once it
 * is durable; a peer's sync answer likewise waits until what it contains is durable.
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly peers = new Set<RoomPeer>();
  /** Which peer introduced each awareness client id; a peer may only update its own. */
  private readonly awarenessOwners = new Map<number, RoomPeer>();

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    readonly log: DocumentLog,
    private readonly maxAwarenessClientsPerPeer: number,
    private readonly syncLog: SyncLog,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocumentUpdate);
  }

  private readonly onDocumentUpdate = (update: Uint8Array): void => {
    this.log.append(update).then(
      () => this.broadcast(encodeUpdateMessage(update)),
      (error: unknown) => this.syncLog.error(`sync: an update of ${this.name} was never stored`, error),
    );
  };

  private readonly onAwarenessUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    for (const id of changes.removed) this.awarenessOwners.delete(id);
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    this.broadcast(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  get peerCount(): number {
    return this.peers.size;
  }

  /** Adds a peer and greets it: the server's state vector, then everyone's presence. */
  join(peer: RoomPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    this.sendAwareness(peer);
  }

  /** Removes a peer and the presence it introduced. */
  leave(peer: RoomPeer): void {
    this.peers.delete(peer);
    const owned = [...this.awarenessOwners].filter(([, owner]) => owner === peer).map(([id]) => id);
    for (const id of owned) this.awarenessOwners.delete(id);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned, null);
  }

  /** Answers a sync step 1 with what the peer lacks, sent once that content is durable. */
  answerSyncStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    // Encoded now, sent after the barrier: the answer then holds nothing that could still be lost.
    const answer = encodeSyncStep2(this.doc, stateVector);
    void this.log.whenDurable().then(() => {
      if (this.peers.has(peer)) peer.send(answer);
    });
  }

  /** Applies a writer's update; throws if Yjs cannot read it. */
  applyPeerUpdate(peer: RoomPeer, update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, peer);
  }

  /** Applies a change made on the server; resolves once it is durable (and so relayed). */
  async applyServerChange(change: (doc: Y.Doc) => void): Promise<void> {
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
    await this.log.whenDurable();
  }

  /**
   * Applies a peer's awareness entries after dropping those for client ids another peer introduced
   * (and new ids beyond the per-peer limit) and stamping the server's identity over the client's claim.
   * Returns how many entries were dropped.
   */
  applyPeerAwareness(peer: RoomPeer, entries: readonly AwarenessEntry[]): number {
    const accepted: AwarenessEntry[] = [];
    let owned = 0;
    for (const owner of this.awarenessOwners.values()) if (owner === peer) owned++;
    for (const entry of entries) {
      const owner = this.awarenessOwners.get(entry.clientId);
      if (owner !== undefined && owner !== peer) continue;
      if (owner === undefined) {
        if (entry.state === null || owned >= this.maxAwarenessClientsPerPeer) continue;
        this.awarenessOwners.set(entry.clientId, peer);
        owned++;
      }
      const state = entry.state === null ? null : { ...entry.state, user: { ...peer.user } };
      accepted.push({ clientId: entry.clientId, clock: entry.clock, state });
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(accepted), peer);
    }
    return entries.length - accepted.length;
  }

  /** Sends every known presence to one peer (greeting and query-awareness answer). */
  sendAwareness(peer: RoomPeer): void {
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length === 0) return;
    peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }

  /** Stops timers and listeners; the room must have no peers left. */
  destroy(): void {
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.off('update', this.onDocumentUpdate);
    this.doc.destroy();
  }

  private broadcast(frame: Uint8Array): void {
    for (const peer of this.peers) peer.send(frame);
  }
}
