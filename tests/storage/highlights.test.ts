import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlight, makeTarget, type Highlight } from '../../lib/highlights/highlight';
import { deleteArticle, getArticle, restoreArticle } from '../../lib/storage/articles';
import { closeDb, DB_NAME, DB_VERSION, openLibrary } from '../../lib/storage/database';
import {
  deleteHighlight,
  getArticleNote,
  listAnnotatedArticleIds,
  listHighlights,
  putArticleNote,
  putHighlights,
  readArticleNotes,
} from '../../lib/storage/highlights';
import { createLibrarySearch } from '../../lib/library/library-search';
import { saveArticle } from '../support/save-article';
import { createV1 } from '../../lib/storage/migrations/v1';
import { upgradeToV2 } from '../../lib/storage/migrations/v2';
import type { LiseuseDB } from '../../lib/storage/schema';

function highlightOf(articleId: string, exact: string, note = ''): Highlight {
  return createHighlight({
    articleId,
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start: 0, end: exact.length }),
    note,
  });
}

const found = async (query: string) => (await createLibrarySearch().search(query)).map((hit) => hit.id);

describe('highlights and notes in the Library (schema v3)', () => {
  beforeEach(() => {
    closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  it('upgrades a v2 Library with articles through v3 without touching them', async () => {
    // A v2 database as it shipped: the v1 and v2 steps only (lib/storage/migrations/v1.ts, v2.ts).
    const v2 = await openDB<LiseuseDB>(DB_NAME, 2, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) createV1(db);
        if (oldVersion < 2) void upgradeToV2(db, tx);
      },
    });
    const article = { id: 'a1', url: 'https://ex.fr/a', title: 'Avant', savedAt: 1, tags: [] };
    await v2.put('articles', article as never);
    expect([...v2.objectStoreNames]).not.toContain('highlights');
    v2.close();
    const db = await openLibrary();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(
      expect.arrayContaining(['highlights', 'notes', 'detachedNotes', 'articles']),
    );
    expect(await getArticle('a1')).toEqual(article);
    expect(await listHighlights('a1')).toEqual([]);
  });

  it('stores highlights and the article note, each with stable ids and dates', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Le premier passage et le second passage.');
    const first = highlightOf(article.id, 'premier passage', 'une *note*');
    const second = highlightOf(article.id, 'second passage');
    expect(await putHighlights(article.id, [first, second])).toEqual({ ok: true });
    expect((await listHighlights(article.id)).map((h) => h.id).sort()).toEqual([first.id, second.id].sort());

    const written = await putArticleNote(article.id, 'Ma note', { now: 1000 });
    if (!written.ok || !written.note) throw new Error('not written');
    const again = await putArticleNote(article.id, 'Ma note, revue', { now: 2000 });
    expect(again).toMatchObject({
      ok: true,
      note: { id: written.note.id, createdAt: 1000, updatedAt: 2000, text: 'Ma note, revue' },
    });
    expect(await listAnnotatedArticleIds()).toEqual(new Set([article.id]));

    // An empty note is removed, not kept as an empty record.
    await putArticleNote(article.id, '   ');
    expect(await getArticleNote(article.id)).toBeUndefined();

    const removed = await deleteHighlight(first.id);
    expect(removed).toEqual({ ok: true, highlight: first });
    expect((await listHighlights(article.id)).map((h) => h.id)).toEqual([second.id]);
  });

  it('keeps both versions of a note written in two tabs, and replaces it when nobody else wrote', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Un passage.');
    const first = await putArticleNote(article.id, 'Idée commune', { now: 1000, base: null });
    expect(first).toMatchObject({ ok: true, keptBoth: false, note: { text: 'Idée commune', updatedAt: 1000 } });
    // Tab B goes on from the note it read (1000); tab A, which read it too, writes later.
    const fromB = await putArticleNote(article.id, 'Idée commune\nVue par B', { now: 2000, base: 1000 });
    expect(fromB).toMatchObject({ ok: true, keptBoth: false });
    const fromA = await putArticleNote(article.id, 'Idée commune\nVue par A', { now: 3000, base: 1000 });
    expect(fromA).toMatchObject({ ok: true, keptBoth: true, note: { text: 'Idée commune\nVue par B\nVue par A' } });
    expect((await getArticleNote(article.id))?.text).toBe('Idée commune\nVue par B\nVue par A');
    expect(await found('vue')).toEqual([article.id]);

    // A text the stored note already holds changes nothing; one created in both tabs is kept twice over.
    const held = await putArticleNote(article.id, 'Vue par B', { now: 4000, base: 2000 });
    expect(held).toMatchObject({ ok: true, keptBoth: true, note: { updatedAt: 3000 } });
    const cleared = await putArticleNote(article.id, '', { now: 4000, base: 2000 });
    expect(cleared).toMatchObject({ ok: true, keptBoth: true, note: { text: 'Idée commune\nVue par B\nVue par A' } });
    const other = await saveArticle('https://ex.fr/b', 'Un autre', 'Texte.');
    await putArticleNote(other.id, 'Note de B', { now: 1000, base: null });
    expect(await putArticleNote(other.id, 'Note de A', { now: 1000, base: null })).toMatchObject({
      keptBoth: true,
      note: { text: 'Note de B\nNote de A', updatedAt: 1001 },
    });
    // A text that is only part of a line stored since is not held by it: both are kept.
    const third = await saveArticle('https://ex.fr/c', 'Un troisième', 'Texte.');
    await putArticleNote(third.id, 'Buy the book', { now: 1000, base: null });
    expect(await putArticleNote(third.id, 'Buy the', { now: 2000, base: null })).toMatchObject({
      keptBoth: true,
      note: { text: 'Buy the book\nBuy the' },
    });
    // Cleared in one tab while the other typed: the typed note is written.
    await putArticleNote(other.id, '', { base: 1001 });
    expect(await putArticleNote(other.id, 'Reprise', { now: 5000, base: 1001 })).toMatchObject({
      keptBoth: false,
      note: { text: 'Reprise' },
    });
  });

  it('keeps a line the reader edited after a keep-both write once, in its new form', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Un passage.');
    await putArticleNote(article.id, 'Idée\nÀ relire', { now: 1000, base: null });
    await putArticleNote(article.id, 'Idée\nÀ relire\nVue par B', { now: 2000, base: 1000 });
    const merged = await putArticleNote(article.id, 'Idée\nÀ relire demain', { now: 3000, base: 1000 });
    expect(merged).toMatchObject({
      ok: true,
      keptBoth: true,
      otherVersion: 'Idée\nÀ relire\nVue par B',
      note: { text: 'Idée\nÀ relire\nVue par B\nÀ relire demain', updatedAt: 3000 },
    });
    if (!merged.ok || !merged.note || merged.otherVersion === null) throw new Error('no keep-both write');
    const lastKeptBoth = { updatedAt: merged.note.updatedAt, otherVersion: merged.otherVersion };

    // The reader typed on from their own text: the line they edit again replaces its older form.
    const next = await putArticleNote(article.id, 'Idée\nÀ relire demain matin', {
      now: 4000,
      base: 1000,
      lastKeptBoth,
    });
    expect(next).toMatchObject({ keptBoth: true, note: { text: 'Idée\nÀ relire\nVue par B\nÀ relire demain matin' } });
    // Without it, the older form stays beside the new one (the other version cannot be told from the reader's).
    const other = await saveArticle('https://ex.fr/b', 'Un autre', 'Texte.');
    await putArticleNote(other.id, 'Idée\nÀ relire', { now: 1000, base: null });
    await putArticleNote(other.id, 'Idée\nÀ relire\nVue par B', { now: 2000, base: 1000 });
    await putArticleNote(other.id, 'Idée\nÀ relire demain', { now: 3000, base: 1000 });
    expect(await putArticleNote(other.id, 'Idée\nÀ relire demain matin', { now: 4000, base: 1000 })).toMatchObject({
      note: { text: 'Idée\nÀ relire\nVue par B\nÀ relire demain\nÀ relire demain matin' },
    });

    // The reader clears their lines: the other version is what stays.
    const cleared = await putArticleNote(article.id, '', {
      now: 5000,
      base: 1000,
      lastKeptBoth: { updatedAt: 4000, otherVersion: 'Idée\nÀ relire\nVue par B' },
    });
    expect(cleared).toMatchObject({ keptBoth: true, note: { text: 'Idée\nÀ relire\nVue par B', updatedAt: 5000 } });
    // Written elsewhere since the keep-both write: that note is kept with the reader's text, as before.
    await putArticleNote(article.id, 'Idée\nÀ relire\nVue par B\nEt par C', { now: 6000, base: 5000 });
    expect(
      await putArticleNote(article.id, 'Idée\nÀ relire ce soir', {
        now: 7000,
        base: 1000,
        lastKeptBoth: { updatedAt: 5000, otherVersion: 'Idée\nÀ relire\nVue par B' },
      }),
    ).toMatchObject({ keptBoth: true, note: { text: 'Idée\nÀ relire\nVue par B\nEt par C\nÀ relire ce soir' } });
  });

  it('makes an article findable by the words of its notes and highlights, and forgets them with them', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Rien de particulier ici.');
    await putArticleNote(article.id, 'Penser à la photosynthèse');
    const orphan = highlightOf(article.id, 'un passage disparu sur les salamandres', 'et les tritons');
    await putHighlights(article.id, [orphan]);
    expect(await found('photosynthese')).toEqual([article.id]);
    expect(await found('salamandres')).toEqual([article.id]);
    expect(await found('tritons')).toEqual([article.id]);
    await deleteHighlight(orphan.id);
    expect(await found('tritons')).toEqual([]);
    await putArticleNote(article.id, '');
    expect(await found('photosynthese')).toEqual([]);
  });

  it('deletes an article with its highlights and note in one go, and Undo brings them all back', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Un passage à retenir.');
    const highlight = highlightOf(article.id, 'passage à retenir', 'important');
    await putHighlights(article.id, [highlight]);
    await putArticleNote(article.id, 'Lu en train');

    const deleted = await deleteArticle(article.id);
    if (!deleted.ok) throw new Error(deleted.reason);
    expect(deleted.snapshot.notes?.highlights).toEqual([highlight]);
    expect(await listHighlights(article.id)).toEqual([]);
    expect(await getArticleNote(article.id)).toBeUndefined();
    expect(await found('train')).toEqual([]);

    await restoreArticle(deleted.snapshot);
    expect(await listHighlights(article.id)).toEqual([highlight]);
    expect((await getArticleNote(article.id))?.text).toBe('Lu en train');
    expect(await found('train')).toEqual([article.id]);
  });

  it('keeps highlights aside when asked, and gives them back when the same page is saved again', async () => {
    const article = await saveArticle('https://ex.fr/a', 'Un article', 'Un passage à retenir.');
    const highlight = highlightOf(article.id, 'passage à retenir');
    await putHighlights(article.id, [highlight]);

    const deleted = await deleteArticle(article.id, 'keep');
    if (!deleted.ok) throw new Error(deleted.reason);
    expect(deleted.snapshot.notes).toBeUndefined();
    expect(await getArticle(article.id)).toBeUndefined();
    expect(await listHighlights(article.id)).toEqual([highlight]);

    const again = await saveArticle('https://ex.fr/a', 'Un article, mis à jour', 'Un passage à retenir, et plus.');
    expect(again.id).toBe(article.id);
    expect(await listHighlights(again.id)).toEqual([highlight]);
    // Only once: a later new article for another URL gets a new id.
    expect((await saveArticle('https://ex.fr/b', 'Autre', 'Texte.')).id).not.toBe(article.id);
    // An article without notes leaves nothing aside.
    const plain = await saveArticle('https://ex.fr/c', 'Sans notes', 'Texte.');
    await deleteArticle(plain.id, 'keep');
    expect((await saveArticle('https://ex.fr/c', 'Sans notes', 'Texte.')).id).not.toBe(plain.id);
  });

  it('reads the notes of several articles for an export in one transaction', async () => {
    const a = await saveArticle('https://ex.fr/a', 'A', 'Texte A.');
    const b = await saveArticle('https://ex.fr/b', 'B', 'Texte B.');
    await putHighlights(a.id, [highlightOf(a.id, 'Texte')]);
    await putArticleNote(b.id, 'Note B');
    const notes = await readArticleNotes([a.id, b.id]);
    expect(notes.get(a.id)?.highlights).toHaveLength(1);
    expect(notes.get(b.id)?.note?.text).toBe('Note B');
  });

  it('refuses a highlight of another article and writes nothing of the batch', async () => {
    const a = await saveArticle('https://ex.fr/a', 'A', 'Texte A.');
    const result = await putHighlights(a.id, [highlightOf(a.id, 'Texte'), highlightOf('other', 'x')]);
    expect(result.ok).toBe(false);
    expect(await listHighlights(a.id)).toEqual([]);
  });
});
