import type { Highlight } from '../highlights/highlight';
import { getArticle } from './articles';
import { getArticleNote, listHighlights, putArticleNote, putHighlights, type KeptBothWrite } from './highlights';

/**
 * Note edits still waiting for their write when the page goes away. A write begun while the page
 * unloads never reaches the database (its transaction needs tasks the closing page no longer
 * runs), so when the page is hidden or left they are kept in localStorage, which writes at once, and written to the
 * database by the next page that reads notes (the reader, the Library). An article note written
 * since the page read it is kept together with the draft (putArticleNote's base), and stays as it
 * is when it already holds every line of the draft (the write on leaving made it after all); a
 * highlight edited since keeps the newer edit.
 */
export type NoteDraft =
  | {
      kind: 'article-note';
      articleId: string;
      text: string;
      /** When it was typed. */
      at: number;
      /** `updatedAt` of the note as the page last read or wrote it; null when there was none. */
      base: number | null;
      /** The page's last write that kept both versions while the reader typed on (putArticleNote's lastKeptBoth). */
      lastKeptBoth?: KeptBothWrite;
    }
  | { kind: 'highlight'; highlight: Highlight };

const PREFIX = 'liseuse:note-draft:';

const keyOf = (draft: NoteDraft) =>
  PREFIX + (draft.kind === 'article-note' ? `note:${draft.articleId}` : `highlight:${draft.highlight.id}`);

/** Keeps a draft synchronously; a full or missing localStorage leaves only the write already begun. */
export function keepNoteDraft(draft: NoteDraft): void {
  try {
    localStorage.setItem(keyOf(draft), JSON.stringify(draft));
  } catch (error) {
    console.warn('Liseuse: could not keep a note draft', error);
  }
}

/**
 * Forgets a draft once its edit is written (the tab came back after being hidden): kept, it could
 * later bring back a note cleared since in the same tab. A newer draft under the key stays.
 */
export function forgetNoteDraft(draft: NoteDraft): void {
  try {
    const raw = localStorage.getItem(keyOf(draft));
    if (raw === null) return;
    const kept = JSON.parse(raw) as NoteDraft;
    if (editedAt(kept) <= editedAt(draft)) localStorage.removeItem(keyOf(draft));
  } catch (error) {
    console.warn('Liseuse: could not forget a note draft', error);
  }
}

const editedAt = (draft: NoteDraft) => (draft.kind === 'article-note' ? draft.at : draft.highlight.updatedAt);

/** Writes one draft if it is newer than what is stored; true when it no longer needs keeping. */
async function writeDraft(draft: NoteDraft): Promise<boolean> {
  if (draft.kind === 'article-note') {
    const stored = await getArticleNote(draft.articleId);
    // A note the page had, gone since, was cleared or deleted with its article elsewhere: not brought back.
    if (!stored && draft.base !== null) return true;
    if (!stored && !(await getArticle(draft.articleId))) return true;
    // Written since the page read it: by its own write on leaving (a tab can go before it forgets
    // its draft), then the stored note holds every line of the draft and stays as it is; or by
    // another tab, whose lines are kept with the draft's. A line removed elsewhere after the write
    // on leaving may come back: typed text is never dropped for it.
    return (
      await putArticleNote(draft.articleId, draft.text, {
        now: draft.at,
        base: draft.base,
        ...(draft.lastKeptBoth ? { lastKeptBoth: draft.lastKeptBoth } : {}),
      })
    ).ok;
  }
  const { highlight } = draft;
  const stored = (await listHighlights(highlight.articleId)).find((item) => item.id === highlight.id);
  // A highlight deleted since is not brought back by an older edit of its note.
  if (!stored || stored.updatedAt >= highlight.updatedAt) return true;
  return (await putHighlights(highlight.articleId, [highlight])).ok;
}

let writing: Promise<void> | null = null;

/**
 * Writes the drafts left by pages that closed with edits waiting, once per page (later calls get
 * the same promise). A draft that cannot be written or read stays for the next page.
 */
export function writeNoteDrafts(): Promise<void> {
  writing ??= (async () => {
    let keys: string[];
    try {
      keys = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
    } catch {
      return;
    }
    for (const key of keys) {
      try {
        const raw = localStorage.getItem(key);
        const done = raw === null || (await writeDraft(JSON.parse(raw) as NoteDraft));
        // Another page closing meanwhile may have left a newer draft under the same key.
        if (done && localStorage.getItem(key) === raw) localStorage.removeItem(key);
      } catch (error) {
        console.warn('Liseuse: could not write a note draft; it is kept for the next page', error);
      }
    }
  })();
  return writing;
}
