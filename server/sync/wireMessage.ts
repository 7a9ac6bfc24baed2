import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageType, SyncStep } from '@/lib/sync/messageType';
import { type AwarenessEntry, decodeAwarenessUpdate } from './awarenessUpdate';

/** Every frame a client may send, decoded. Anything else is a malformed message. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; entries: AwarenessEntry[] }
  | { type: 'query-awareness' };

export type DecodeResult = { ok: true; message: ClientMessage } | { ok: false; reason: string };

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.Step1:
      Y.decodeStateVector(payload); // throws on a malformed state vector
      return { type: 'sync-step-1', stateVector: payload };
    case SyncStep.Step2:
      return { type: 'sync-step-2', update: payload };
    case SyncStep.Update:
      return { type: 'update', update: payload };
    default:
      throw new Error(`unknown sync step ${step}`);
  }
}

/** Decodes one client frame. Updates are only framed here; Yjs validates them when they are applied. */
export function decodeClientMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    switch (type) {
      case MessageType.Sync:
        message = decodeSync(decoder);
        break;
      case MessageType.Awareness:
        message = { type: 'awareness', entries: decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)) };
        break;
      case MessageType.QueryAwareness:
        message = { type: 'query-awareness' };
        break;
      default:
        return { ok: false, reason: `message type ${type} is not accepted from a client` };
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes after the message' };
    return { ok: true, message };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The server's "here is my state vector" frame. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The answer to a client's step 1: everything the document has that the client's state vector lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** An incremental document update frame. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness frame carrying an already encoded awareness update. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}
