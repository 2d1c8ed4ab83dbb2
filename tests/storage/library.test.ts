import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openLibrary } from '../../lib/storage/database';
import { deleteArticle, getArticle, restoreArticle, writeArticle } from '../../lib/storage/articles';
import { mergeArticleSnapshots } from '../../lib/storage/restore';
import { editTags, importArticles, libraryStats, listTags, updateArticles } from '../../lib/storage/library';
import { getLibraryItems, getThumbnail, listFirstItems, listLibraryItems } from '../../lib/storage/library-items';
import { countPendingTexts } from '../../lib/storage/text-index';
import { putArticleNote } from '../../lib/storage/highlights';
import { indexAllPendingTexts, requestTextRebuild } from '../../lib/storage/text-build';
import { createLibrarySearch } from '../../lib/library/library-search';
import { makeExtraction } from '../support/make-extraction';
import { saveArticle } from '../support/save-article';

const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

/** Expects each word to find its article, and only it. */
async function expectEachFinds(articleOfWord: Record<string, string>): Promise<void> {
  for (const [word, id] of Object.entries(articleOfWord)) expect(await found(word)).toEqual([id]);
}

/** Imports articles id0 … id3, whose texts are "Une loutre.", "Une blaireau.", "Une hermine." and "Une renard.". */
async function importFourAnimals(): Promise<void> {
  const snapshots = ['loutre', 'blaireau', 'hermine', 'renard'].map((word, i) => ({
    article: { id: `id${i}`, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
    body: { articleId: `id${i}`, text: `Une ${word}.` },
    images: [],
  }));
  await importArticles(snapshots as never);
}

describe('Library storage and its search index', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps the index in step with saves, edits (same URL saved again) and deletes', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Les élèves en grève', 'Manifestation devant le lycée.');
    expect(await found('greve')).toEqual([a.id]);

    await saveArticle('https://ex.fr/a', 'Les professeurs en grève', 'Réunion au rectorat.');
    expect(await found('lycee')).toEqual([]);
    expect(await found('rectorat')).toEqual([a.id]);

    const removed = await deleteArticle(a.id);
    expect(await found('rectorat')).toEqual([]);
    if (!removed.ok) throw new Error(removed.reason);
    await restoreArticle(removed.snapshot);
    expect(await found('rectorat')).toEqual([a.id]);
  });

  it('a page already open sees later changes through refresh, not a reload', async () => {
    const search = createLibrarySearch();
    await search.ready;
    const b = await saveArticle('https://ex.fr/b', 'Pain au levain', 'Farine et eau.');
    expect(await search.search('levain')).toEqual([]);
    await search.refresh();
    expect((await search.search('levain')).map((hit) => hit.id)).toEqual([b.id]);
  });

  it('keeps reading state across a new save of the same URL', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Titre', 'Texte.');
    await updateArticles([a.id], { archived: true, favorite: true, progress: 1.7, readAt: 5 });
    await editTags([a.id], { add: ['Cuisine', ' cuisine ', 'Hiver'] });
    await saveArticle('https://ex.fr/a', 'Titre mis à jour', 'Texte.');
    expect(await getArticle(a.id)).toMatchObject({
      archived: true,
      favorite: true,
      progress: 1,
      readAt: 5,
      tags: ['Cuisine', 'Hiver'],
    });
  });

  it('indexes tags, and forgets removed ones', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Titre', 'Texte.');
    const b = await saveArticle('https://ex.fr/b', 'Autre', 'Texte.');
    await editTags([a.id, b.id], { add: ['Recettes'] });
    expect((await found('recettes')).sort()).toEqual([a.id, b.id].sort());
    await editTags([b.id], { remove: ['recettes'] });
    expect(await found('recettes')).toEqual([a.id]);
    expect(await listTags()).toEqual(['Recettes']);
  });

  it('rebuilds the full-text index a batch at a time, finding the same articles after', async () => {
    const snapshots = Array.from({ length: 105 }, (_, i) => ({
      article: { id: `id${i}`, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
      body: { articleId: `id${i}`, text: i === 3 ? 'Une chouette rare.' : 'Rien.' },
      images: [],
    }));
    await importArticles(snapshots as never);
    expect(await found('chouette')).toEqual(['id3']);
    await requestTextRebuild();
    // An article deleted while queued leaves nothing to index, and leaves the queue.
    await (await openLibrary()).put('textPending', { articleId: 'id50-gone' });
    expect(await countPendingTexts()).toBe(106);
    // The search waits for the rebuild (done by the page itself where no worker runs).
    expect(await found('chouette')).toEqual(['id3']);
    expect(await countPendingTexts()).toBe(0);
  });

  it('indexes pending articles batch by batch, reading the next while writing one, past bodies not pending', async () => {
    const snapshots = Array.from({ length: 12 }, (_, i) => ({
      article: { id: `id${i}`, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
      body: { articleId: `id${i}`, text: `Le mot${i} et une loutre.` },
      images: [],
    }));
    await importArticles(snapshots as never);
    await requestTextRebuild();
    // Articles already indexed lie between the pending ones: a batch's key range holds their bodies too.
    const db = await openLibrary();
    for (const id of ['id1', 'id2', 'id3', 'id4', 'id5', 'id6', 'id8']) await db.delete('textPending', id);
    expect(await countPendingTexts()).toBe(5);

    await indexAllPendingTexts(undefined, 2);

    expect(await countPendingTexts()).toBe(0);
    expect((await found('loutre')).sort()).toEqual(['id0', 'id10', 'id11', 'id7', 'id9']);
    expect(await found('mot11')).toEqual(['id11']);
    // One segment per batch of at most two: [id11, id7] spans five bodies not pending, more than
    // twice the batch, so id11 goes alone and id7 with the next.
    expect((await db.getAll('textSegments')).map((segment) => segment.docs)).toEqual([2, 1, 2]);
  });

  it('keeps an article queued meanwhile inside a batch key range pending until it is indexed', async () => {
    const ids = ['id0', 'id1', 'id2', 'id25', 'id3', 'id4', 'id5'];
    const snapshots = ids.map((id, i) => ({
      article: { id, url: `https://ex.fr/${id}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
      body: { articleId: id, text: id === 'id25' ? 'Un castor.' : 'Une loutre.' },
      images: [],
    }));
    await importArticles(snapshots as never);
    await requestTextRebuild();
    const db = await openLibrary();
    // id25 is in no batch of this pass ([id0, id1], [id2, id3], [id4, id5]), but within the second
    // one's key range; it is queued again while the first batch is written.
    await db.delete('textPending', 'id25');
    let queued = false;
    const queueOnce = async () => {
      if (queued) return;
      queued = true;
      await db.put('textPending', { articleId: 'id25' });
    };

    await indexAllPendingTexts(queueOnce, 2);

    expect(await countPendingTexts()).toBe(0);
    expect(await found('castor')).toEqual(['id25']);
    expect((await found('loutre')).length).toBe(6);
  });

  it('rebuilds without rewriting list records, and a save during the rebuild keeps its own number', async () => {
    await importFourAnimals();
    await putArticleNote('id1', 'Relire le passage sur les hérons.');
    const before = await listLibraryItems();
    await requestTextRebuild();
    // Batches [id0, id1] and [id2, id3]: id2 is saved again with new text once the second batch,
    // its old text included, has been read.
    let saved = false;
    const saveOnce = async () => {
      if (saved) return;
      saved = true;
      await saveArticle('https://ex.fr/2', 'Article 2', 'Un castor.');
    };

    await indexAllPendingTexts(saveOnce, 2);

    const after = new Map((await listLibraryItems()).map((item) => [item.id, item]));
    for (const item of before.filter((item) => !['id1', 'id2'].includes(item.id)))
      expect(after.get(item.id)).toEqual(item);
    // A note's words get a new number: an edit of it meanwhile would have changed the old one.
    const noted = before.find((item) => item.id === 'id1')!;
    expect(after.get('id1')).toEqual({ ...noted, noteDoc: expect.any(Number) });
    expect(after.get('id1')!.noteDoc).not.toBe(noted.noteDoc);
    expect(await found('herons')).toEqual(['id1']);
    expect(after.get('id2')!.textDoc).not.toBe(before.find((item) => item.id === 'id2')!.textDoc);
    expect(await found('castor')).toEqual(['id2']);
    expect(await found('hermine')).toEqual([]);
    await expectEachFinds({ loutre: 'id0', blaireau: 'id1', renard: 'id3' });
  });

  it.each([
    ['one article of its batch', ['id2'], false],
    ['both articles of its batch', ['id2', 'id3'], false],
    ['both articles of its batch, and another rebuild asked for after it', ['id2', 'id3'], true],
  ])(
    'finds notes written while a rebuild held their article between reading and writing: %s',
    async (_, edits, rebuildAgain) => {
      await importFourAnimals();
      await putArticleNote('id3', 'Penser aux castors.');
      await requestTextRebuild();
      // Batches [id0, id1] and [id2, id3]: the second is read before the first pause, so its notes
      // as read are id3's old one and none for id2; they change before that batch is written.
      const newNotes: Record<string, string> = { id2: 'Penser aux hérons.', id3: 'Penser aux cigognes.' };
      let edited = false;
      const editOnce = async () => {
        if (edited) return;
        edited = true;
        for (const id of edits) await putArticleNote(id, newNotes[id]!);
        if (rebuildAgain) await requestTextRebuild();
      };

      await indexAllPendingTexts(editOnce, 2);

      expect(await countPendingTexts()).toBe(0);
      const id3Edited = edits.includes('id3');
      expect(await found('herons')).toEqual(['id2']);
      expect(await found('cigognes')).toEqual(id3Edited ? ['id3'] : []);
      expect(await found('castors')).toEqual(id3Edited ? [] : ['id3']);
      await expectEachFinds({ loutre: 'id0', hermine: 'id2', renard: 'id3' });
    },
  );

  it('indexes the notes of a pending article saved again or restored before the index worker reached it', async () => {
    await importFourAnimals();
    // A page not downloaded yet (an import's placeholder): no body until a restore brings one.
    const placeholder = { id: 'id9', url: 'https://ex.fr/9', title: 'Article 9', siteName: null, tags: [], savedAt: 9 };
    await importArticles([{ article: placeholder, body: null, images: [] }] as never);
    await putArticleNote('id1', 'Penser aux hérons.');
    await putArticleNote('id9', 'Penser aux cigognes.');
    await requestTextRebuild();

    await saveArticle('https://ex.fr/1', 'Article 1', 'Une belette.');
    const body = { articleId: 'id9', html: '<p>Une martre.</p>', text: 'Une martre.' };
    const restored = await mergeArticleSnapshots(
      [{ article: (await getArticle('id9'))!, body, images: [] }] as never,
      'newest',
    );
    expect(restored.ok && restored.results[0]!.outcome).toBe('merged');
    await indexAllPendingTexts();

    await expectEachFinds({ herons: 'id1', belette: 'id1', cigognes: 'id9', martre: 'id9', renard: 'id3' });
  });

  it('keeps a list record in step with every change of its article', async () => {
    const a = await saveArticle('https://ex.fr/a', 'Titre', 'Texte.');
    await updateArticles([a.id], { archived: true, progress: 0.5 });
    await editTags([a.id], { add: ['Cuisine'] });
    const [item] = await getLibraryItems([a.id]);
    expect(item).toMatchObject({
      id: a.id,
      title: 'Titre',
      archived: true,
      shelf: 'archive',
      progress: 0.5,
      tags: ['Cuisine'],
      thumbnail: null,
    });
    expect(item!.textDoc).toEqual(expect.any(Number));
    const removed = await deleteArticle(a.id);
    expect(await listLibraryItems()).toEqual([]);
    if (!removed.ok) throw new Error(removed.reason);
    await restoreArticle(removed.snapshot);
    expect((await listLibraryItems()).map((i) => i.id)).toEqual([a.id]);
  });

  it('stores a thumbnail with the article, named by its list record, through delete and Undo', async () => {
    const thumbnail = { blob: new NodeBlob(['webp']) as Blob, type: 'image/webp', width: 160, height: 90 };
    const saved = await writeArticle({
      extraction: makeExtraction('https://ex.fr/t', 'T', 'x'),
      pageUrl: 'https://ex.fr/t',
      images: [],
      missingImageCount: 0,
      thumbnail,
    });
    if (!saved.ok) throw new Error(saved.reason);
    const [item] = await getLibraryItems([saved.article.id]);
    expect(item!.thumbnail).toBe(saved.article.id);
    expect(await getThumbnail(item!.thumbnail!)).toMatchObject({
      key: saved.article.id,
      type: 'image/webp',
      width: 160,
    });
    const removed = await deleteArticle(saved.article.id);
    if (!removed.ok) throw new Error(removed.reason);
    expect(await getThumbnail(saved.article.id)).toBeUndefined();
    await restoreArticle(removed.snapshot);
    expect(await getThumbnail(saved.article.id)).toMatchObject({ width: 160 });
    // Saved again without a lead image: the old thumbnail goes.
    await saveArticle('https://ex.fr/t', 'T', 'x');
    expect(await getThumbnail(saved.article.id)).toBeUndefined();
    expect((await getLibraryItems([saved.article.id]))[0]!.thumbnail).toBeNull();
  });

  // Node's Blob: fake-indexeddb clones with structuredClone, which drops happy-dom's Blob.
  it('reads the newest list records first, for the first screen', async () => {
    for (const letter of ['a', 'b', 'c']) {
      await saveArticle(`https://ex.fr/${letter}`, letter, 'x');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await listFirstItems(2)).map((item) => item.title)).toEqual(['c', 'b']);
    await updateArticles([(await listFirstItems(1))[0]!.id], { archived: true });
    // The first screen of the reading list leaves the archive out, and reads no more than asked.
    expect((await listFirstItems(5)).map((item) => item.title)).toEqual(['b', 'a']);
    expect((await listFirstItems(5, 'archive')).map((item) => item.title)).toEqual(['c']);
  });

  it('reads the whole list a part per range of ids, telling each part as it comes, newest first in the end', async () => {
    // Ids as the extension makes them (random UUIDs, spread over the 64 parts), and of other
    // forms, which must land in a part too.
    const ids = [
      '0f1e2d3c-0000-4000-8000-000000000000',
      '1a2b3c4d-0000-4000-8000-000000000000',
      '1b000000-0000-4000-8000-000000000000',
      '7c000000-0000-4000-8000-000000000000',
      'f0000000-0000-4000-8000-000000000000',
      'Bench-1',
      'legacy-42',
      '',
    ];
    const snapshots = ids.map((id, i) => ({
      article: { id, url: `https://ex.fr/${i}`, title: `Article ${i}`, siteName: null, tags: [], savedAt: i },
      body: { articleId: id, text: 'Rien.' },
      images: [],
    }));
    await importArticles(snapshots as never);
    const parts: { ids: string[]; last: boolean }[] = [];

    const items = await listLibraryItems((page, last) => parts.push({ ids: page.map((item) => item.id), last }));

    expect(parts).toEqual([
      { ids: [''], last: false },
      { ids: ['0f1e2d3c-0000-4000-8000-000000000000'], last: false },
      { ids: ['1a2b3c4d-0000-4000-8000-000000000000', '1b000000-0000-4000-8000-000000000000'], last: false },
      { ids: ['7c000000-0000-4000-8000-000000000000'], last: false },
      // Upper case sorts between the digits and the lower-case letters; "l" after "f", the open end.
      { ids: ['Bench-1'], last: false },
      { ids: ['f0000000-0000-4000-8000-000000000000'], last: false },
      { ids: ['legacy-42'], last: true },
    ]);
    expect(
      parts
        .map((part) => part.ids)
        .flat()
        .sort(),
    ).toEqual([...ids].sort());
    expect(items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(await listLibraryItems()).toEqual(items);
    // One part at a time while the page paints: all of it still comes, however long the paint takes.
    expect(await listLibraryItems(undefined, { narrowUntil: new Promise(() => undefined) })).toEqual(items);
  });

  it('counts articles and image bytes', async () => {
    await saveArticle('https://ex.fr/a', 'Titre', 'Texte.');
    await writeArticle({
      extraction: makeExtraction('https://ex.fr/b', 'B', 'x'),
      pageUrl: 'https://ex.fr/b',
      missingImageCount: 0,
      images: [
        {
          key: 'https://img/1',
          blob: new NodeBlob(['1234567890']) as Blob,
          type: 'image/png',
          sourceUrl: 'https://img/1',
        },
      ],
    });
    expect(await libraryStats()).toEqual({ articles: 2, images: 1, imageBytes: 10 });
  });
});
