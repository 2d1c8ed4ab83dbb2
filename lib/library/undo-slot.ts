/**
 * The one Undo the Library offers: that of the newest action. Actions take a ticket when they
 * start; one that finishes after a newer action has finished (a slow delete) never takes the
 * slot back, and an Undo is handed out once, however fast it is clicked.
 */
export interface UndoSlot<T> {
  /** A ticket for an action starting now (tickets grow with the start order). */
  begin(): number;
  /** An action finished: its Undo (or null) replaces the current one unless a newer action finished first. */
  settle(ticket: number, undo: T | null): boolean;
  /** The Undo on offer, without taking it. */
  peek(): T | null;
  /** Takes the Undo on offer, once: a second call gets null. */
  take(): { ticket: number; undo: T } | null;
  /** Offers an Undo again whose restore failed, unless a newer action finished meanwhile. */
  giveBack(taken: { ticket: number; undo: T }): boolean;
  /** Withdraws the Undo on offer (dismissed, or timed out). */
  clear(): void;
}

/** Creates an empty UndoSlot. */
export function createUndoSlot<T>(): UndoSlot<T> {
  let started = 0;
  let settled = 0;
  let current: { ticket: number; undo: T } | null = null;
  return {
    begin: () => ++started,
    settle(ticket, undo) {
      if (ticket < settled) return false;
      settled = ticket;
      current = undo === null ? null : { ticket, undo };
      return true;
    },
    peek: () => current?.undo ?? null,
    take() {
      const taken = current;
      current = null;
      return taken;
    },
    giveBack(taken) {
      if (current !== null || taken.ticket < settled) return false;
      current = taken;
      return true;
    },
    clear() {
      current = null;
    },
  };
}
