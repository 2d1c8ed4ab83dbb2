import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryArticles, seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// The Library page in real Chromium: search as typed, actions with Undo, keyboard use.
describe('library page', () => {
  let ext: TestBrowser;
  let page: Page;

  const titles = () =>
    page.$$eval('.library-row-title', (links) => links.map((link) => link.textContent!.replace('★', '').trim()));
  const typeSearch = async (text: string) => {
    await page.fill('.library-search', '');
    await page.keyboard.press('/');
    // One key at a time, as a reader types: every prefix runs a search.
    await page.keyboard.type(text, { delay: 30 });
  };
  const waitForTitles = (expected: string[]) =>
    expect.poll(async () => (await titles()).sort(), { timeout: 10_000 }).toEqual([...expected].sort());

  // Each test gets a fresh browser with the same six articles, saved before the page opens.
  beforeEach(async () => {
    ext = await launchTestBrowser();
    await seedLibrary(ext, libraryArticles());
    page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    await page.waitForSelector('.library-row');
  });

  afterEach(async () => {
    await ext?.close();
  });

  it('lists saved articles newest first, with site, date and reading time', async () => {
    expect((await titles())[0]).toBe('Un très long essai');
    const meta = await page.textContent('.library-row:first-child .library-row-meta');
    expect(meta).toContain('Le Journal');
    expect(meta).toMatch(/10 min/);
  });

  it('finds "élèves" when typing "eleve", and "Élever" too, with the words marked', async () => {
    await typeSearch('eleve');
    await waitForTitles(['La rentrée des élèves', 'Élever des poules en ville']);
    const marks = await page.$$eval('mark', (found) => found.map((mark) => mark.textContent));
    expect(marks).toEqual(expect.arrayContaining(['élèves', 'Élever']));
    // Highlighting builds elements, never HTML: the title's text is intact around the <mark>.
    expect(await page.textContent('.library-row-title mark')).not.toContain('<');
  });

  it('matches prefixes of any case and words only in the text, showing the passage', async () => {
    await typeSearch('POULAI');
    await waitForTitles(['Élever des poules en ville']);
    await expect.poll(() => page.textContent('.library-row-excerpt mark')).toBe('poulailler');
    await typeSearch('tomat');
    await waitForTitles(['Gardening in small spaces']);
    await typeSearch('القراءة');
    await waitForTitles(['مقال عن القراءة الهادئة']);
  });

  it('finds a word deep in a long article, past what the in-memory index holds', async () => {
    await typeSearch('SALAMAN');
    await waitForTitles(['Un très long essai']);
    await expect.poll(() => page.textContent('.library-row-excerpt mark')).toBe('salamandre');
    await typeSearch('essai salamandre');
    await waitForTitles(['Un très long essai']);
    await typeSearch('tomatoes salamandre');
    await waitForTitles([]);
  });

  it('archives and favorites from the keyboard, with Undo', async () => {
    await page.fill('.library-search', '');
    await page.locator('.library-search').press('Escape');
    await waitForTitles(libraryArticles().map((a) => a.extraction.title));
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    await expect.poll(() => page.$$eval('.library-row-star', (stars) => stars.length)).toBe(1);
    await page.keyboard.press('e');
    await expect.poll(async () => (await titles()).includes('Un très long essai')).toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await titles()).includes('Un très long essai')).toBe(true);

    await page.getByRole('button', { name: 'Favorites' }).click();
    await waitForTitles(['Un très long essai']);
    await page.getByRole('button', { name: 'Reading list' }).click();
  });

  it('tags and deletes several articles at once, with Undo', async () => {
    for (const title of ['Recettes d’hiver', 'Élever des poules en ville']) {
      await page.locator('.library-row', { hasText: title }).locator('input[type=checkbox]').check();
    }
    await page.locator('.library-selection').getByRole('button', { name: 'Tags' }).click();
    await page.fill('.library-tag-form input', 'Maison');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect
      .poll(() => page.$$eval('.library-row-tag', (tags) => tags.map((tag) => tag.textContent)))
      .toEqual(['#Maison', '#Maison']);
    await typeSearch('maison');
    await waitForTitles(['Recettes d’hiver', 'Élever des poules en ville']);
    await page.fill('.library-search', '');

    await page.locator('.library-selection').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await titles()).length).toBe(4);
    const count = () => ext.testPage.evaluate(async () => (await globalThis.liseuseTest!.listArticles()).length);
    expect(await count()).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await titles()).length).toBe(6);
    expect(await count()).toBe(6);
    await typeSearch('poulailler');
    await waitForTitles(['Élever des poules en ville']);
  });

  it('keeps only about a screenful of rows in the DOM for 2,000 articles', async () => {
    await ext.testPage.evaluate(async () => {
      const hooks = globalThis.liseuseTest!;
      const [template] = await hooks.listArticles();
      const snapshots = Array.from({ length: 2000 }, (_, i) => ({
        article: {
          ...template!,
          id: `bulk-${i}`,
          url: `https://bulk.example/${i}`,
          pageUrl: `https://bulk.example/${i}`,
          title: `Bulk ${i}`,
          savedAt: i,
        },
        body: { articleId: `bulk-${i}`, html: '<p>x</p>', text: `bulk text number ${i}`, markdown: '' },
        images: [],
      }));
      const result = await hooks.importArticles(snapshots as never);
      if (!result.ok) throw new Error(result.reason);
    });
    await page.reload();
    await page.waitForSelector('.library-row');
    await expect.poll(() => page.textContent('.library-count')).toContain('2,006');
    const rendered = await page.$$eval('.library-row', (rows) => rows.length);
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(40);
    await page.$eval('.virtual-list', (list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(async () => (await titles()).includes('Bulk 0')).toBe(true);
    expect(await page.$$eval('.library-row', (rows) => rows.length)).toBeLessThan(40);
  });
});
