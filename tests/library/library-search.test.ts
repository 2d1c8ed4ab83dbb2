import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLibrarySearch } from '../../lib/library/library-search';
import { closeDb } from '../../lib/storage/database';
import { listLibraryItems } from '../../lib/storage/library-items';
import type { LibraryItem } from '../../lib/shared/library-item';
import { saveArticle } from '../support/save-article';

const idsOf = (hits: readonly { id: string }[]) => hits.map((hit) => hit.id).sort();

/** Three saved articles and their list records in key order, as the page reads them part by part. */
async function library(): Promise<{ ids: string[]; items: LibraryItem[] }> {
  const ids = [
    (await saveArticle('https://ex.fr/a', 'Loutre de mer', 'Un animal marin.')).id,
    (await saveArticle('https://ex.fr/b', 'Chouette effraie', 'Un oiseau de nuit, une loutre.')).id,
    (await saveArticle('https://ex.fr/c', 'Salamandre', 'Sous la pierre.')).id,
  ];
  const items = (await listLibraryItems()).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ids, items };
}

describe('the Library page search, given the list by the page', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('indexes the parts of the list as they are read, and answers in full once the last one is there', async () => {
    const { items } = await library();
    const byTitle = (title: string) => items.find((item) => item.title === title)!.id;
    const search = createLibrarySearch({ pageItems: true });
    const answer = search.search('loutre');

    search.setItems(items.slice(0, 1), false);
    search.setItems(items.slice(0, 2), false);
    search.setItems(items, true);

    expect(idsOf(await answer)).toEqual([byTitle('Loutre de mer'), byTitle('Chouette effraie')].sort());
    await search.ready;
    expect(idsOf(search.quickSearch('salamandre'))).toEqual([byTitle('Salamandre')]);
  });

  it('answers quick searches from the part read so far', async () => {
    const { items } = await library();
    const search = createLibrarySearch({ pageItems: true });
    const [first, ...rest] = items;

    search.setItems([first!], false);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const firstWord = first!.title.split(' ')[0]!;
    expect(idsOf(search.quickSearch(firstWord))).toEqual([first!.id]);
    for (const item of rest) expect(search.quickSearch(item.title.split(' ')[0]!)).toEqual([]);
  });

  it('keeps the whole list searchable while a list read again comes part by part', async () => {
    const { items } = await library();
    const search = createLibrarySearch({ pageItems: true });
    search.setItems(items, true);
    await search.ready;

    // The page reads the list again (it came back into view): new records, the first part only so far.
    const again = (await listLibraryItems()).sort((a, b) => (a.id < b.id ? -1 : 1));
    search.setItems(again.slice(0, 1), false);

    expect(await search.search('salamandre')).toHaveLength(1);
    expect(await search.search('loutre')).toHaveLength(2);
  });

  it('indexes anew a list whose records changed, and adds new records to what it holds', async () => {
    const { items } = await library();
    const search = createLibrarySearch({ pageItems: true });
    search.setItems(items, true);
    await search.ready;

    // An edit gives a new record: the old title is gone from the search.
    const renamed = items.map((item) => (item.title === 'Salamandre' ? { ...item, title: 'Triton' } : item));
    search.setItems(renamed, true);
    expect(await search.search('triton')).toHaveLength(1);
    expect(await search.search('salamandre')).toEqual([]);

    // A new save comes as one more record: the others stay found.
    const added = await saveArticle('https://ex.fr/d', 'Hérisson', 'Dans la haie.');
    const [record] = (await listLibraryItems()).filter((item) => item.id === added.id);
    search.setItems([...renamed, record!], true);
    expect(idsOf(await search.search('herisson'))).toEqual([added.id]);
    expect(await search.search('loutre')).toHaveLength(2);
  });

  it('holds each record once whether the list grows part by part or comes back sorted', async () => {
    const { items } = await library();
    const search = createLibrarySearch({ pageItems: true });
    search.setItems(items.slice(0, 2), false);
    search.setItems(items, true);
    await search.ready;

    // The page sorts the whole list once read: the same records in another order add nothing.
    search.setItems([...items].reverse(), true);
    search.setItems([...items].reverse(), true);
    expect(await search.search('loutre')).toHaveLength(2);
    expect(await search.search('salamandre')).toHaveLength(1);
  });

  it('fails a search waiting for a whole list that could not be indexed, and answers once a list is indexed', async () => {
    const { items } = await library();
    const search = createLibrarySearch({ pageItems: true });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unreadable = { ...items[0]!, title: undefined as unknown as string };
    const answer = search.search('loutre');

    search.setItems([unreadable, ...items.slice(1)], true);

    await expect(answer).rejects.toThrow();
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    search.setItems(items, true);
    expect(await search.search('loutre')).toHaveLength(2);
  });
});
