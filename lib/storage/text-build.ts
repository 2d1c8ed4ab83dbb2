import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { notesText } from './highlights';
import type { LiseuseDB, TextPending } from './schema';
import { packByBucket, unpack } from '../search/text-blocks';
import { mergePostingLists, prepareTexts, type PreparedTexts } from '../search/text-terms';
import { openLibrary } from './database';
import { allocateText, postPrepared, TEXT_STORES } from './text-index';

/**
 * The background work on the full-text index, run by the index worker (entrypoints/text-index-worker.ts)
 * or, where no worker can start, by the page itself a batch at a time: indexing the articles the
 * upgrade or a rebuild left pending, and merging small segments. Each call is one short step
 * that commits on its own, so a closed page or a killed worker loses nothing, and the next
 * start goes on from where it stopped (a rebuild is incremental).
 */

/**
 * Bodies indexed per step, as one segment. A segment holds one record per distinct word of its
 * batch, and a batch of a few hundred articles already holds most of a language's common words:
 * 400 per step wrote about 60,000 records each, 25 times over for 10,000 articles. 2,000 per step
 * writes five times fewer records in all; the worker holds the batch (about 50 MB), the page
 * nothing, and the write commits in about a second.
 */
export const BUILD_BATCH = 2_000;

/** A build step's articles as read: pending ids in key order, and the texts to post (keyed as in PreparedTexts). */
interface PendingBatch {
  ids: string[];
  texts: Map<string, string>;
}

/** The articles waiting to be indexed, in key order. */
async function readPending(): Promise<TextPending[]> {
  return (await openLibrary()).getAll('textPending');
}

/** Each pending article's count of note edits, as read before its texts (see TextPending). */
type NotesEditsSeen = ReadonlyMap<string, number>;

const notesEditsOf = (pending: readonly TextPending[]): NotesEditsSeen =>
  new Map(pending.map((entry) => [entry.articleId, entry.notesEdits ?? 0]));

/**
 * Reads the texts of pending articles `ids` (in key order): bodies, highlights and notes, each
 * as one key range, not one request per article (thousands of requests cost seconds). Every
 * request is made before this returns, so the database reads while the caller tokenizes the
 * previous batch (a request made after an await would wait for that work to end). The read spans
 * neither the pending list nor the index, so it runs beside the previous batch's write. Returns
 * the ids whose texts it read: a prefix of `ids` when other articles' bodies lie between.
 */
function readPendingBatch(db: IDBPDatabase<LiseuseDB>, ids: readonly string[]): Promise<PendingBatch> {
  const read = db.transaction(['bodies', 'highlights', 'notes']);
  const range = IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!);
  // Bodies of articles not pending lie in the same range: read a bounded number, then take only
  // the pending ids up to the last body read (the others go in the next batch).
  const reading = read.objectStore('bodies').getAll(range, ids.length * 2);
  const notesReading = readNotesTexts(read, range);
  return Promise.all([reading, notesReading]).then(([bodies, notesOf]) => {
    const lastRead = bodies.length === ids.length * 2 ? bodies[bodies.length - 1]!.articleId : null;
    const taken = lastRead === null ? [...ids] : ids.filter((id) => id <= lastRead);
    const textOf = new Map(bodies.map((body) => [body.articleId, body.text]));
    // Each article's text, and the words of its highlights and note under a number of their own.
    const texts = new Map<string, string>();
    for (const id of taken) {
      texts.set(id, textOf.get(id) ?? '');
      const notes = notesOf.get(id);
      if (notes) texts.set(notesKey(id), notes);
    }
    return { ids: taken, texts };
  });
}

/**
 * Posts a batch, tokenized beforehand, as one segment. The write keeps only the articles still
 * pending as they were read (one saved again meanwhile was indexed by its save, one deleted needs
 * nothing: their entries stay, dead, until a merge). One whose highlights or note changed since
 * `editsSeen` stays pending: its notes as read may be older than the ones the edit indexed.
 */
async function writePendingBatch(
  ids: readonly string[],
  prepared: PreparedTexts,
  editsSeen: NotesEditsSeen,
): Promise<void> {
  const tx = (await openLibrary()).transaction(['libraryItems', ...TEXT_STORES], 'readwrite');
  const idRange = IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!);
  const [stillPending, items] = await Promise.all([
    tx.objectStore('textPending').getAll(idRange),
    tx.objectStore('libraryItems').getAll(idRange),
  ]);
  const wanted = new Set(ids);
  const waiting = new Set(
    stillPending
      .filter((entry) => wanted.has(entry.articleId) && (entry.notesEdits ?? 0) === editsSeen.get(entry.articleId))
      .map((entry) => entry.articleId),
  );
  // An article still pending keeps its number, if it has one: requestTextRebuild dropped every
  // posting when it queued it, and any later save of its text took it off the list. Its list
  // record then needs no write (2,000 per batch). Notes get new numbers: an edit made while the
  // article waited, before this pass read it, may have posted them under theirs.
  const kept = new Map<string, number>();
  for (const item of items) if (waiting.has(item.id) && item.textDoc !== null) kept.set(item.id, item.textDoc);
  const numbers = await postPrepared(tx, prepared, kept);
  const writes: Promise<unknown>[] = [];
  for (const item of items) {
    if (!waiting.has(item.id)) continue;
    const textDoc = numbers.get(item.id)!;
    const noteDoc = numbers.get(notesKey(item.id)) ?? null;
    if (textDoc !== item.textDoc || noteDoc !== item.noteDoc)
      writes.push(tx.objectStore('libraryItems').put({ ...item, textDoc, noteDoc }));
  }
  // Off the pending list: the ones indexed, and the ones whose article was deleted meanwhile. When
  // they are every pending key of the range (a rebuild), one range request instead of 2,000: less
  // work for the database, which reads the next batch's bodies meanwhile on the same cores.
  const pendingStore = tx.objectStore('textPending');
  if (waiting.size === stillPending.length) writes.push(pendingStore.delete(idRange));
  else for (const id of waiting) writes.push(pendingStore.delete(id));
  await Promise.all(writes);
  await tx.done;
}

/**
 * Indexes every pending article, `batchSize` at a time, as a pipeline: while one batch is
 * written (the database's work), the next is read and its words gathered (the worker's), so with
 * a core to spare a rebuild takes about the longest of the three, not their sum (on a loaded
 * 2-core machine the three compete for the same cores, and the gain is smaller: BENCHMARKS.md).
 * One write at a time keeps segments in order and holds at most two batches in memory. `pause`
 * runs between steps.
 */
export async function indexAllPendingTexts(
  pause: () => Promise<void> = () => Promise.resolve(),
  batchSize = BUILD_BATCH,
): Promise<void> {
  for (;;) {
    // The pending articles of this pass, read once: reading them batch by batch would wait for each write.
    const entries = await readPending();
    // Articles queued after the last pass went by (a rebuild asked for meanwhile), or whose notes
    // changed while a batch held them, start another pass.
    if (entries.length === 0) return;
    const pending = entries.map((entry) => entry.articleId);
    const editsSeen = notesEditsOf(entries);
    const db = await openLibrary();
    let writing: Promise<void> = Promise.resolve();
    let next: Promise<PendingBatch> | null = readPendingBatch(db, pending.slice(0, batchSize));
    let done = 0;
    while (next) {
      const batch = await next;
      done += batch.ids.length;
      next = done < pending.length ? inFlight(readPendingBatch(db, pending.slice(done, done + batchSize))) : null;
      const prepared = prepareTexts(batch.texts);
      await writing;
      writing = inFlight(writePendingBatch(batch.ids, prepared, editsSeen));
      await pause();
    }
    await writing;
  }
}

/**
 * A step started now and awaited later: its failure is reported where it is awaited, not first
 * as an unhandled rejection while the other step runs.
 */
function inFlight<T>(step: Promise<T>): Promise<T> {
  step.catch(() => undefined);
  return step;
}

/** The key of an article's highlights and note among the texts of a build step (never an article id: ids have no space). */
const notesKey = (articleId: string) => `notes ${articleId}`;

/** The words of the highlights and note of each article in `range` that has some (lib/storage/highlights.ts). */
async function readNotesTexts(
  read: IDBPTransaction<LiseuseDB, ('bodies' | 'highlights' | 'notes')[], 'readonly'>,
  range: IDBKeyRange,
): Promise<Map<string, string>> {
  const [notes, highlights] = await Promise.all([
    read.objectStore('notes').getAll(range),
    read.objectStore('highlights').index('by-article').getAll(range),
  ]);
  // Grouped by article in one pass each: a batch of 2,000 articles may hold thousands of highlights.
  const noteOf = new Map(notes.map((note) => [note.articleId, note]));
  const highlightsOf = new Map<string, typeof highlights>();
  for (const highlight of highlights) {
    const list = highlightsOf.get(highlight.articleId);
    if (list) list.push(highlight);
    else highlightsOf.set(highlight.articleId, [highlight]);
  }
  const ids = new Set([...noteOf.keys(), ...highlightsOf.keys()]);
  return new Map([...ids].map((id) => [id, notesText(noteOf.get(id), highlightsOf.get(id) ?? [])]));
}

/**
 * Segments below this many articles are merged; larger ones (a build step, an import) are left
 * alone: merging them would rewrite most of the index for little gain, a search reading only one
 * record per segment per word. What merging is for is the one-article segments of single saves.
 */
export const MERGE_MAX_DOCS = BUILD_BATCH;
/** Segments of one size tier (1–9, 10–99, 100–999… articles) merged together once there are this many. */
export const MERGE_FACTOR = 10;

/** The segments to merge next: MERGE_FACTOR of the smallest tier that has that many, else none. */
export function segmentsToMerge(segments: readonly { segment: number; docs: number }[]): number[] {
  const tiers = new Map<number, number[]>();
  for (const { segment, docs } of segments) {
    if (docs >= MERGE_MAX_DOCS) continue;
    const tier = Math.floor(Math.log10(Math.max(1, docs)));
    tiers.set(tier, [...(tiers.get(tier) ?? []), segment]);
  }
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    const members = tiers.get(tier)!;
    if (members.length >= MERGE_FACTOR) return members.slice(0, MERGE_FACTOR);
  }
  return [];
}

/**
 * Merges the next small segments (segmentsToMerge) into one, leaving out the postings of deleted
 * and re-saved articles. Returns false when there was nothing to merge. Two pages merging at once
 * cannot both succeed: the write checks its segments are all still there.
 */
export async function mergeTextSegments(): Promise<boolean> {
  const db = await openLibrary();
  const chosen = segmentsToMerge(await db.getAll('textSegments'));
  if (chosen.length === 0) return false;
  const read = db.transaction(['textPostings', 'libraryItems']);
  const [blocks, items] = await Promise.all([
    Promise.all(chosen.map((segment) => read.objectStore('textPostings').index('by-segment').getAll(segment))),
    read.objectStore('libraryItems').getAll(),
  ]);
  const live = new Set(items.flatMap((item) => [item.textDoc, item.noteDoc]));
  const byTerm = new Map<string, Uint32Array[]>();
  for (const block of blocks.flat()) {
    for (const [term, list] of unpack(block)) {
      const parts = byTerm.get(term);
      if (parts) parts.push(list);
      else byTerm.set(term, [list]);
    }
  }
  const docs = new Set<number>();
  const merged = new Map<string, Uint32Array>();
  for (const [term, parts] of byTerm) {
    const list = mergePostingLists(parts, (doc) => live.has(doc));
    if (list.length === 0) continue;
    merged.set(term, list);
    for (const code of list) docs.add(code >>> 1);
  }

  const tx = db.transaction([...TEXT_STORES], 'readwrite');
  const present = await Promise.all(chosen.map((segment) => tx.objectStore('textSegments').get(segment)));
  if (present.some((segment) => !segment)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return true;
  }
  const { segment } = await allocateText(tx, 0);
  const postings = tx.objectStore('textPostings');
  const writes: Promise<unknown>[] = [];
  for (const old of chosen) {
    for (const key of await postings.index('by-segment').getAllKeys(old)) writes.push(postings.delete(key));
    writes.push(tx.objectStore('textSegments').delete(old));
  }
  for (const [bucket, packed] of packByBucket(merged)) writes.push(postings.put({ bucket, segment, ...packed }));
  writes.push(tx.objectStore('textSegments').put({ segment, docs: docs.size, createdAt: Date.now() }));
  await Promise.all(writes);
  await tx.done;
  return true;
}

/**
 * Drops the whole full-text index and queues every article to be indexed again (repair; the
 * index worker then rebuilds it a batch at a time). Search finds articles by title, site and tag
 * meanwhile.
 */
export async function requestTextRebuild(): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', ...TEXT_STORES], 'readwrite');
  await Promise.all([tx.objectStore('textPostings').clear(), tx.objectStore('textSegments').clear()]);
  const pending = tx.objectStore('textPending');
  const [ids, waiting] = await Promise.all([tx.objectStore('articles').getAllKeys(), pending.getAllKeys()]);
  // An article already pending keeps its entry: its count of note edits tells a build step that
  // read it before an edit not to write over the edit's postings.
  const alreadyPending = new Set(waiting);
  await Promise.all(ids.filter((id) => !alreadyPending.has(id)).map((articleId) => pending.put({ articleId })));
  await tx.done;
}
