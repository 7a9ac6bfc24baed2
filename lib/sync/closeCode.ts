/**
 * WebSocket close codes the sync server uses. 1xxx are the RFC 6455 codes; 44xx are ours and mirror the
 * HTTP status they correspond to. The stock y-websocket client does not reconnect after 4400-4499 ("fix
 * your request"), so a transient server-side refusal uses 45xx, after which it reconnects.
 */
export const CloseCode = {
  /** The server is shutting down after flushing every room; reconnecting later is fine. */
  GoingAway: 1001,
  /** A frame was larger than the configured maximum (sent by `ws` itself via `maxPayload`). */
  MessageTooBig: 1009,
  /** Something failed on the server side (for example the room could not be loaded). */
  InternalError: 1011,
  /** A frame could not be decoded, or is a message type a client may not send. */
  BadMessage: 4400,
  /** The connection's credentials stopped being valid. */
  Unauthorized: 4401,
  /** The user may no longer read this room. */
  Forbidden: 4403,
  /** The user's role in the project changed: the page must reload to act in the new role. */
  RoleChanged: 4409,
  /** The client did not keep up with what the room sends it; it reconnects and resyncs. */
  SlowConsumer: 4529,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Short human-readable reason sent with each close code (a close reason must fit in 123 bytes). */
export const CLOSE_REASONS: Record<CloseCode, string> = {
  [CloseCode.GoingAway]: 'server shutting down',
  [CloseCode.MessageTooBig]: 'message too big',
  [CloseCode.InternalError]: 'internal error',
  [CloseCode.BadMessage]: 'malformed message',
  [CloseCode.Unauthorized]: 'unauthorized',
  [CloseCode.Forbidden]: 'forbidden',
  [CloseCode.RoleChanged]: 'role changed',
  [CloseCode.SlowConsumer]: 'too far behind',
};
