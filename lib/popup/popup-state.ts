import type { Reason } from '../shared/errors';

// The states the popup shows, set by usePopupArticle and drawn by components/popup/.

/** Where saving the article shown in the popup stands. */
export type SaveState =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /**
   * `updated`: the page was already in the Library and its new version replaced the saved one.
   * `restorable`: that earlier version was read first, so Undo puts it back. Undo never deletes
   * an article saved before: an update without it offers none.
   */
  | { kind: 'saved'; missingImages: number; updated?: boolean; restorable?: boolean; asLink?: boolean }
  | { kind: 'removing' }
  | { kind: 'removed' }
  /** Undo of an update: the version saved before is back. */
  | { kind: 'restoring' }
  | { kind: 'restored' }
  | { kind: 'failed'; reason: Reason };

/**
 * What the popup says about images a save could not keep, and why: some the browser blocked
 * (other sites: a permission would help, and Keep images asks for it), some their own server did
 * not send (a 404: nothing would help, so nothing is offered).
 */
export interface ImagesNotice {
  /** Images not kept, in all. */
  missing: number;
  /** Of those, images on sites Liseuse may not read yet. */
  blocked: number;
  /** Origins of the blocked images (e.g. "https://cdn.example"). */
  origins: string[];
  /** Of those, images missing on their server. */
  unavailable: number;
  /** Where the offer to keep the blocked ones stands; null when there is nothing to offer. */
  offer: 'offer' | 'asking' | 'keeping' | 'refused' | null;
}
