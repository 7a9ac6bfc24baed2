/**
 * First varUint of every y-websocket frame. Client and server agree on these numbers; they are the
 * stock y-websocket values, so any stock client speaks to our server.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Second varUint of a `MessageType.Sync` frame (y-protocols/sync). */
export const SyncStep = {
  /** "Here is my state vector, send me what I lack." Allowed from every member. */
  Step1: 0,
  /** The answer to step 1: a document update. Applied only from writers. */
  Step2: 1,
  /** An incremental document update. Applied only from writers. */
  Update: 2,
} as const;
export type SyncStep = (typeof SyncStep)[keyof typeof SyncStep];
