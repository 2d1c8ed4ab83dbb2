/** How far a long run (backup, restore, import, downloads) has got, with the time left. */
export interface RunProgress {
  done: number;
  total: number;
  /** Bytes written so far, when the run writes a file (0 otherwise). */
  bytes: number;
  /** Milliseconds left at the pace so far; null until the first item is done. */
  remainingMs: number | null;
}

/** The time left at the pace so far. */
export function estimateRemaining(done: number, total: number, elapsedMs: number): number | null {
  if (done === 0) return null;
  return Math.max(0, Math.round((elapsedMs / done) * (total - done)));
}
