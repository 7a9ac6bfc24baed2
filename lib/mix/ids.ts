import * as Y from 'yjs';

/**
 * A new id, unique across every client of the document: the client id plus the client's next clock.
 * The clock grows with every insert, so call this right before inserting the item that carries the id
 * (each writer creates at most one id per transaction). Deterministic, which keeps seeded tests reproducible.
 */
export const newId = (doc: Y.Doc): string =>
  `${doc.clientID.toString(36)}-${Y.getState(doc.store, doc.clientID).toString(36)}`;
