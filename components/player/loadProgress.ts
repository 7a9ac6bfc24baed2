/** Bytes of one stem so far: received, and the total the server announced. */
export interface StemBytes {
  receivedBytes: number;
  totalBytes: number;
}

/** Download progress across all stems, 0..1 (1 also when there is nothing to load). */
export const loadFraction = (stems: Iterable<StemBytes>): number => {
  let received = 0;
  let total = 0;
  for (const s of stems) {
    received += Math.min(s.receivedBytes, s.totalBytes);
    total += s.totalBytes;
  }
  return total > 0 ? received / total : 1;
};
