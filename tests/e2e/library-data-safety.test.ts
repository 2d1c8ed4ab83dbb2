import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryArticles, seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// What could lose a reader's articles in the Library: a selection the reader cannot see, and
// Undo under bad timing (a double click, a slow delete finishing after a newer action, a
// delete of several articles that fails halfway). Each test starts from a fresh Library.
describe('library: no lost articles', () => {
  let ext: TestBrowser;
  let page: Page;
  let ids: Record<string, string>;

  const titles = () =>
    page.$$eval('.library-row-title', (links) => links.map((link) => link.textContent!.replace('★', '').trim()));
  const stored = () =>
    ext.testPage.evaluate(async () =>
      (await globalThis.liseuseTest!.listArticles()).map((a) => ({ id: a.id, title: a.title, archived: a.archived })),
    );
  const row = (title: string) => page.locator('.library-row', { hasText: title });
  const undoBar = () => page.locator('.undo-bar');

  // Each test gets a fresh browser with the same six articles, saved before the page opens.
  beforeEach(async () => {
    ext = await launchTestBrowser();
    ids = await seedLibrary(ext, libraryArticles());
    page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    await page.waitForSelector('.library-row');
    await expect.poll(async () => (await titles()).length).toBe(6);
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('never acts on rows it no longer shows: archive two, then # deletes the focused row only', async () => {
    await row('Recettes d’hiver').locator('input[type=checkbox]').check();
    await row('Élever des poules en ville').locator('input[type=checkbox]').check();
    await page.locator('.library-selection').getByRole('button', { name: 'Archive', exact: true }).click();
    await expect.poll(titles).not.toContain('Recettes d’hiver');
    await expect.poll(titles).not.toContain('Élever des poules en ville');

    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Home');
    const focused = (await titles())[0]!;
    await page.keyboard.press('#');
    await expect.poll(titles).not.toContain(focused);
    const left = await stored();
    expect(left.map((a) => a.title)).not.toContain(focused);
    // The two archived articles are still in the Library.
    expect(
      left
        .filter((a) => a.archived)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Recettes d’hiver', 'Élever des poules en ville'].sort());
    // Nothing is shown selected any more, so no bar claims a selection.
    expect(await page.locator('.library-selection').count()).toBe(0);

    // `e` and `s` act on the focused row too, not on the hidden ones.
    await page.keyboard.press('Home');
    const next = (await titles())[0]!;
    await page.keyboard.press('e');
    await expect.poll(titles).not.toContain(next);
    const archived = (await stored())
      .filter((a) => a.archived)
      .map((a) => a.title)
      .sort();
    expect(archived).toEqual(['Recettes d’hiver', 'Élever des poules en ville', next].sort());
  });

  it('restores once when Undo is clicked twice', async () => {
    const id = ids['https://journal.example/hiver']!;
    await row('Recettes d’hiver').locator('input[type=checkbox]').check();
    await page.locator('.library-selection').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(titles).not.toContain('Recettes d’hiver');
    await undoBar().getByRole('button', { name: 'Undo' }).waitFor();
    // Each restore gives the text put back a new number in the full-text index (counters.nextDoc).
    const counters = async () =>
      ((await ext.dumpDatabase()).textIndexState as { key: string; nextDoc: number }[]).find(
        (record) => record.key === 'counters',
      )!.nextDoc;
    const before = await counters();
    // Two clicks before the page can redraw: a double click, or a mouse that bounces.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.undo-bar button')].find(
        (b) => b.textContent === 'Undo',
      )!;
      button.click();
      button.click();
    });
    await expect.poll(titles).toContain('Recettes d’hiver');
    await expect.poll(() => undoBar().count()).toBe(0);
    // Restored once: one new number, and the article's list record has it.
    await expect.poll(counters).toBe(before + 1);
    const item = ((await ext.dumpDatabase()).libraryItems as { id: string; textDoc: number }[]).find(
      (record) => record.id === id,
    )!;
    expect(item.textDoc).toBe(before);
    expect((await stored()).filter((a) => a.id === id)).toHaveLength(1);
  });

  it('keeps the newest action’s Undo when a slow delete finishes after it', async () => {
    // The test page holds the bodies store, so the delete waits; the archive is asked for after it.
    await ext.testPage.evaluate(() => globalThis.liseuseTest!.holdStore('bodies'));
    for (const title of ['Recettes d’hiver', 'Élever des poules en ville', 'Gardening in small spaces']) {
      await row(title).locator('input[type=checkbox]').check();
    }
    await page.locator('.library-selection').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Home');
    const archivedTitle = (await titles())[0]!;
    expect(['Recettes d’hiver', 'Élever des poules en ville', 'Gardening in small spaces']).not.toContain(
      archivedTitle,
    );
    await page.keyboard.press('e');
    await ext.testPage.evaluate(() => globalThis.liseuseTest!.releaseStore());
    await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBe(3);
    await expect.poll(titles).not.toContain(archivedTitle);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const bar = document.querySelector('.undo-bar');
          return bar ? bar.textContent : null;
        }),
      )
      .toContain('archived');
    // Give the delete every chance to finish and answer last: the bar must still be the archive's.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await undoBar().textContent()).toContain('archived');
    await undoBar().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(titles).toContain(archivedTitle);
    expect((await stored()).find((a) => a.title === archivedTitle)?.archived).toBe(false);
  });

  it('can undo a delete of several articles that failed halfway, and says which stayed', async () => {
    const broken = ids['https://journal.example/poules']!;
    // A damaged record (a disk error, an old bug) makes deleting this one article fail: it has a
    // note to keep aside, under an address the record lost.
    await ext.testPage.evaluate(async (id) => {
      const hooks = globalThis.liseuseTest!;
      const noted = await hooks.putArticleNote(id, 'A note to keep');
      if (!noted.ok) throw new Error(noted.reason);
      await hooks.putRecord('articles', { ...(await hooks.getArticle(id)), url: null });
    }, broken);
    await page.reload();
    await page.waitForSelector('.library-row');
    for (const title of ['Recettes d’hiver', 'Élever des poules en ville', 'Gardening in small spaces']) {
      await row(title).locator('input[type=checkbox]').check();
    }
    await page.locator('.library-selection').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Keep highlights and notes' }).click();
    await expect.poll(titles).not.toContain('Recettes d’hiver');
    await expect.poll(titles).not.toContain('Gardening in small spaces');
    expect(await titles()).toContain('Élever des poules en ville');
    await expect
      .poll(() => page.locator('[role=alert]').allTextContents())
      .toEqual([expect.stringContaining('could not be deleted')]);
    await undoBar().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await titles()).length).toBe(6);
    expect((await stored()).map((a) => a.title).sort()).toEqual(
      libraryArticles()
        .map((a) => a.extraction.title)
        .sort(),
    );
  });
});
