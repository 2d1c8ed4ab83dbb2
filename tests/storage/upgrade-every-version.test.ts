// @vitest-environment node
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, openLibrary } from '../../lib/storage/database';
import { getArticle, getArticleBody, getArticleImages, listArticles } from '../../lib/storage/articles';
import { findInText } from '../../lib/storage/text-index';
import { postingDoc } from '../../lib/search/text-terms';
import { indexAllPendingTexts } from '../../lib/storage/text-build';
import { listLibraryItems } from '../../lib/storage/library-items';
import { foldText } from '../../lib/shared/text';
import { getArticleNote, listHighlights } from '../../lib/storage/highlights';
import { decode, restoreDatabase, type DatabaseDump } from './database-dump';

// Every schema version ever shipped has a fixture made by the code that shipped it
// (tests/fixtures/databases/, kept forever): today's Liseuse must open each and keep every record.

const FIXTURES = join(__dirname, '../fixtures/databases');
const dumps = readdirSync(FIXTURES)
  .filter((name) => /^v\d+\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as DatabaseDump);

function records(dump: DatabaseDump, store: string): Record<string, unknown>[] {
  return (dump.stores.find((candidate) => candidate.name === store)?.records ?? []).map(
    ({ value }) => decode(value) as Record<string, unknown>,
  );
}

function sortById<T>(items: T[]): T[] {
  return [...items].sort((a, b) => String((a as { id: unknown }).id).localeCompare(String((b as { id: unknown }).id)));
}

describe('upgrade from every schema version ever shipped', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('has a fixture for every version up to the current one', () => {
    expect(dumps.map((dump) => dump.version)).toEqual(Array.from({ length: DB_VERSION }, (_, index) => index + 1));
  });

  it('has highlights (one with a note, one without) and an article note in every fixture from v3 on', () => {
    for (const dump of dumps.filter((candidate) => candidate.version >= 3)) {
      const highlights = records(dump, 'highlights');
      expect(highlights.some((highlight) => highlight.note !== '')).toBe(true);
      expect(highlights.some((highlight) => highlight.note === '')).toBe(true);
      expect(records(dump, 'notes').length).toBeGreaterThan(0);
    }
  });

  it.each(dumps.map((dump) => [dump.version, dump] as const))(
    'v%i: every article, body, image, reading state, highlight and note survives, and search finds it',
    async (_version, dump) => {
      await restoreDatabase(dump);

      await openLibrary();
      // The upgrade leaves older texts for the index worker; here it runs in the test.
      await indexAllPendingTexts();
      const items = await listLibraryItems();
      const idOfNumber = new Map(
        items.flatMap(
          (item) =>
            [
              [item.textDoc, item.id],
              [item.noteDoc, item.id],
            ] as const,
        ),
      );
      const found = async (word: string) => {
        const [lists] = await findInText([word]);
        return lists!.flatMap((list) => [...list.docs].map((code) => idOfNumber.get(postingDoc(code))));
      };

      const articles = records(dump, 'articles');
      expect((await listArticles()).map((article) => article.id).sort()).toEqual(
        articles.map((article) => article.id).sort(),
      );
      for (const before of articles) {
        const id = String(before.id);
        // Every field kept as it was (the upgrade may only add fields).
        expect(await getArticle(id)).toMatchObject(before);
        const body = records(dump, 'bodies').find((candidate) => candidate.articleId === id)!;
        expect(await getArticleBody(id)).toMatchObject({ html: body.html, text: body.text });
        const images = await getArticleImages(id);
        for (const image of records(dump, 'images').filter((candidate) => candidate.articleId === id)) {
          const blob = images.get(String(image.key));
          expect(blob && Buffer.from(await blob.arrayBuffer())).toEqual(
            Buffer.from(await (image.blob as Blob).arrayBuffer()),
          );
        }
        // Found by a word of its text.
        const word = foldText(
          String(body.text)
            .split(/\s+/)
            .find((candidate) => /^\p{L}{6,}$/u.test(candidate)) ?? '',
        );
        expect(await found(word)).toContain(id);
        // Its highlights and note, every field as it was, and found by a word only a note has.
        const highlights = records(dump, 'highlights').filter((candidate) => candidate.articleId === id);
        expect(sortById(await listHighlights(id))).toEqual(sortById(highlights));
        const note = records(dump, 'notes').find((candidate) => candidate.articleId === id);
        expect(await getArticleNote(id)).toEqual(note);
        for (const annotation of [...highlights, ...(note ? [note] : [])]) {
          const words = String(annotation.note ?? annotation.text)
            .split(/[^\p{L}]+/u)
            .filter((candidate) => candidate.length >= 6);
          const onlyInNote = words.map(foldText).find((candidate) => !foldText(String(body.text)).includes(candidate));
          if (!onlyInNote) continue;
          expect(await found(onlyInNote), `"${onlyInNote}" finds ${id}`).toContain(id);
        }
      }
      closeDb();
      const reopened = await openDB(DB_NAME);
      expect(reopened.version).toBe(DB_VERSION);
      reopened.close();
    },
  );
});
