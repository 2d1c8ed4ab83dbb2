import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { FileDigest } from './format';

/** Size and SHA-256 of `bytes`. */
export function digestOf(bytes: Uint8Array): FileDigest {
  return { size: bytes.length, sha256: bytesToHex(sha256(bytes)) };
}

/**
 * A SHA-256 fed chunk by chunk, for files too large to hold whole (annotations.jsonl of 50,000
 * highlights). @noble/hashes because WebCrypto's digest() only takes a whole buffer.
 */
export function streamingDigest(): { update(chunk: Uint8Array): void; result(): FileDigest } {
  const hash = sha256.create();
  let size = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      size += chunk.length;
    },
    result: () => ({ size, sha256: bytesToHex(hash.digest()) }),
  };
}

/** True when two digests describe the same bytes. */
export function sameDigest(a: FileDigest, b: FileDigest): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}
