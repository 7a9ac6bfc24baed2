import * as Y from 'yjs';
import { initMixDocument } from '../../../lib/mix';

export const STEMS = [
  { id: 'vox', name: 'Vocals' },
  { id: 'drm', name: 'Drums' },
  { id: 'bas', name: 'Bass' },
];

/** A document initialised with the three test stems; clientID fixed so ids are reproducible. */
export const newMixDoc = (clientID = 1): Y.Doc => {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  initMixDocument(doc, STEMS);
  return doc;
};

/** Copies `source`'s state into a fresh doc with the given client id. */
export const replica = (source: Y.Doc, clientID: number): Y.Doc => {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return doc;
};

/** Exchanges all missing updates between docs, both ways. */
export const syncAll = (...docs: Y.Doc[]): void => {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
};

/** Deterministic PRNG (mulberry32): same seed, same sequence. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
