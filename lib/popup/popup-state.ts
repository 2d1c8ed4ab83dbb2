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
  | { kind: 'saved'; missingImages: number; updated?: boolean; restorable?: boolean }
  | { kind: 'removing' }
  | { kind: 'removed' }
  /** Undo of an update: the version saved before is back. */
  | { kind: 'restoring' }
  | { kind: 'restored' }
  | { kind: 'failed'; reason: Reason };

/**
 * Where the offer to keep images from other sites stands: offered (how many images, which
 * origins), being kept after the user allowed it, or refused.
 */
export type ImagesOffer =
  | { kind: 'offer'; count: number; origins: string[] }
  | { kind: 'keeping' }
  | { kind: 'refused' };
