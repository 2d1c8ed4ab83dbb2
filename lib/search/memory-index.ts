import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { foldText } from '../shared/text';
import { hostOf } from '../shared/urls';
import { distinctTerms, PREFIX_MIN_LENGTH } from './terms';

/** What the in-memory index holds for one article (the head of its text only: its first MAX_TEXT_TERMS distinct words). */
export interface SearchDoc {
  id: string;
  title: string;
  site: string;
  tags: string;
  text: string;
}

/** One change to the index, journaled in IndexedDB in the same transaction as the save. */
export type SearchOp = { op: 'put'; doc: SearchDoc } | { op: 'remove'; id: string };

/** One search result: the article id and the folded index terms it matched (for highlighting). */
export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

/** One hit of the in-memory index, with the folded query terms it matched. */
export interface IndexHit extends SearchHit {
  queryTerms: string[];
}

/**
 * The in-memory index of the Library: titles, sites, tags and the head of the text, for ranking
 * and typo tolerance. Every word of the text is in the full-text postings in IndexedDB
 * (lib/storage/postings.ts); lib/library/library-search.ts merges the two.
 */
export type SearchIndex = MiniSearch<SearchDoc>;

/**
 * How many distinct words of an article's text the in-memory index holds. MiniSearch costs about
 * 45 bytes per (word, article) pair: every distinct word of 10,000 corpus articles took 210 MB of
 * heap, far past the library page's 100 MB budget. The first 150 distinct words (stop words
 * aside) rank the lead higher and give it typo tolerance; the full text is searched through the
 * postings in IndexedDB (lib/storage/postings.ts), which cost no page memory.
 */
export const MAX_TEXT_TERMS = 150;

const FIELDS = ['title', 'site', 'tags', 'text'] as const;

const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: [...FIELDS],
  storeFields: [],
  processTerm: (term) => foldText(term),
  searchOptions: {
    boost: { title: 3, tags: 2, site: 2 },
    combineWith: 'AND',
    // Prefix matching finds "élève" while "elev" is being typed.
    prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
    // One typo in longer words only: fuzzy search walks the whole vocabulary, short words would
    // match too much and cost too much.
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  },
};

/** Creates an empty index. */
export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDoc>(INDEX_OPTIONS);
}

/** Builds the indexed form of an article from its metadata and plain text. */
export function searchDocOf(
  article: { id: string; title: string; siteName: string | null; url: string; tags: readonly string[] },
  text: string,
): SearchDoc {
  const host = hostOf(article.url);
  return {
    id: article.id,
    title: article.title,
    site: [article.siteName ?? '', host].join(' ').trim(),
    tags: article.tags.join(' '),
    text: distinctTerms(text, MAX_TEXT_TERMS).join(' '),
  };
}

/** Adds a document, replacing the one with the same id if there is one. */
export function putDoc(index: SearchIndex, doc: SearchDoc): void {
  if (index.has(doc.id)) index.discard(doc.id);
  index.add(doc);
}

/** Removes a document; removing an id that is not there is not an error (ops replay twice). */
export function removeDoc(index: SearchIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

/** Applies journaled changes in order; each is idempotent, so replaying one twice is harmless. */
export function applyOps(index: SearchIndex, ops: readonly SearchOp[]): void {
  for (const op of ops) {
    if (op.op === 'put') putDoc(index, op.doc);
    else removeDoc(index, op.id);
  }
}

/** Searches titles, sites, tags and the head of the text; accent-, case- and typo-tolerant, prefix while typing. */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): IndexHit[] {
  if (!query.trim()) return [];
  return index.search(query, options).map((result) => ({
    id: String(result.id),
    score: result.score,
    terms: result.terms,
    queryTerms: result.queryTerms,
  }));
}

/** Serializes the index for IndexedDB. */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/** Rebuilds an index serialized by serializeIndex, yielding to the page while it does. */
export function restoreIndex(json: string): Promise<SearchIndex> {
  return MiniSearch.loadJSONAsync<SearchDoc>(json, INDEX_OPTIONS);
}
