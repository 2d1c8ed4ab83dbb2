import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveInput } from '../../lib/storage/schema';
import { seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';

// Highlights and notes in real Chromium with the built extension. Each test starts from its own
// fresh profile, seeds one article, and waits for conditions (never fixed sleeps).

const URL_A = 'https://revue.example/lecture-lente';
const PARAGRAPHS = [
  'La lecture lente demande du temps et un lieu calme où les idées reposent avant de revenir.',
  'Chaque phrase garde sa place dans le texte quand la page change autour d’elle sans prévenir.',
  'Les lecteurs soulignent un passage puis écrivent une note pour plus tard dans leur carnet.',
];

function article(): SaveInput {
  const text = PARAGRAPHS.join('\n');
  return {
    pageUrl: URL_A,
    images: [],
    missingImageCount: 0,
    extraction: {
      url: URL_A,
      title: 'Éloge de la "lecture" lente: #1',
      byline: 'Camille Moreau',
      siteName: 'La Revue',
      lang: 'fr',
      dir: 'ltr',
      publishedTime: '2025-04-02T08:14:00+00:00',
      leadImage: null,
      excerpt: PARAGRAPHS[0],
      wordCount: 50,
      readingMinutes: 1,
      html: PARAGRAPHS.map((p, i) =>
        i === 1 ? `<p>${p.replace('garde sa place', '<em>garde sa place</em>')}</p>` : `<p>${p}</p>`,
      ).join('') as SaveInput['extraction']['html'],
      text,
    },
  };
}

/** Sizes of the CSS highlights Liseuse registered, by name (the article DOM is never touched). */
const paintedHighlights = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries([...CSS.highlights.entries()].map(([name, highlight]) => [name, highlight.size])),
  );

describe('highlights and notes in the reader', () => {
  let ext: TestBrowser;
  let id: string;

  const openReader = async (): Promise<Page> => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ext.extensionUrl(`reader.html?id=${id}`));
    await page.waitForSelector('.article-body p');
    return page;
  };

  /** Selects a whole paragraph the way a reader does: three clicks on it. */
  const selectParagraph = async (page: Page, index: number) => {
    await page.locator('.article-body p').nth(index).click({ clickCount: 3 });
    await page.waitForSelector('.highlight-toolbar');
  };

  beforeEach(async () => {
    ext = await launchTestBrowser();
    id = (await seedLibrary(ext, [article()]))[URL_A]!;
  });

  afterEach(async () => {
    await ext?.close();
  });

  it('highlights a selection with h, adds a note with n, and finds both after a reload', async () => {
    const page = await openReader();
    await selectParagraph(page, 0);
    await page.keyboard.press('h');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'liseuse-yellow': 1 });
    // Painted with the CSS Custom Highlight API: the sanitized article DOM is unchanged.
    expect(await page.locator('.article-body mark').count()).toBe(0);
    await expect.poll(() => page.locator('[role="status"]').filter({ hasText: 'Highlight added' }).count()).toBe(1);

    await selectParagraph(page, 1);
    await page.keyboard.press('n');
    const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
    await expect.poll(() => note.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('Une **note** en Markdown.');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.highlight-editor', { state: 'detached' });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'liseuse-yellow': 2 });
    // Closing the editor writes the note; a reload within milliseconds of Escape (faster than a
    // reader can) could otherwise end the page before that write is committed.
    await expect
      .poll(async () => ((await ext.dumpDatabase()).highlights as { note: string }[]).some((h) => h.note !== ''))
      .toBe(true);

    await page.reload();
    await page.waitForSelector('.article-body p');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'liseuse-yellow': 2 });
    await page.getByRole('button', { name: /^Highlights \(2\)$/ }).click();
    const panel = page.getByRole('complementary', { name: 'Highlights and notes' });
    await expect.poll(() => panel.locator('.highlight-item').count()).toBe(2);
    expect(await panel.locator('.highlight-item').nth(0).textContent()).toContain('La lecture lente demande du temps');
    expect(await panel.locator('.highlight-item-note').textContent()).toBe('Une **note** en Markdown.');
    // A click on a painted highlight opens it (hit-tested from the ranges' rectangles).
    const box = await page.locator('.article-body em').boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Une **note** en Markdown.');
  });

  it('keeps an article note typed just before the tab is closed, though its write had not begun', async () => {
    const page = await openReader();
    await page.getByRole('button', { name: /^Highlights \(0\)$/ }).click();
    const field = page.getByRole('textbox', { name: 'Note on this article' });
    await expect.poll(() => field.evaluate((element) => (element as HTMLTextAreaElement).readOnly)).toBe(false);
    await field.click();
    await page.keyboard.insertText('Relire la fin.');
    // Closed at once, well inside the delay before the note's write.
    await page.close();
    // Its own write, begun as the page went away, does not outlive it: without the draft the closing
    // page keeps in localStorage (lib/storage/note-drafts.ts), this note was lost (tried).

    const again = await openReader();
    await again.getByRole('button', { name: /^Highlights \(0\)$/ }).click();
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Note on this article' }).inputValue())
      .toBe('Relire la fin.');
    await expect
      .poll(async () => ((await ext.dumpDatabase()).notes as { text: string }[]).map((note) => note.text))
      .toEqual(['Relire la fin.']);
  });

  it('shows a note written in one tab in the other, and keeps both versions when two tabs wrote it', async () => {
    const openNote = async () => {
      const page = await openReader();
      await page.getByRole('button', { name: /^Highlights \(0\)$/ }).click();
      const field = page.getByRole('textbox', { name: 'Note on this article' });
      await expect.poll(() => field.evaluate((element) => (element as HTMLTextAreaElement).readOnly)).toBe(false);
      return { page, field };
    };
    const notesStored = async () => ((await ext.dumpDatabase()).notes as { text: string }[]).map((note) => note.text);
    const first = await openNote();
    const second = await openNote();

    // Written in one tab: the other shows it.
    await first.field.fill('Idée de départ');
    await expect.poll(notesStored).toEqual(['Idée de départ']);
    await expect.poll(() => second.field.inputValue()).toBe('Idée de départ');

    // Written elsewhere without a word to the first tab (the hooks page writes through lib/storage,
    // which announces nothing): the first tab's next write does not replace it.
    await ext.testPage.evaluate(
      (articleId) =>
        globalThis.liseuseTest!.putArticleNote(articleId, 'Idée de départ\nAjout d’un autre onglet', {
          base: undefined,
        }),
      id,
    );
    await first.field.press('Control+End');
    await first.page.keyboard.insertText('\nVu dans le premier onglet');

    const both = 'Idée de départ\nAjout d’un autre onglet\nVu dans le premier onglet';
    await expect.poll(notesStored).toEqual([both]);
    const notice = first.page.locator('.article-note-notice[role="status"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('changed in another tab too');
    await expect.poll(() => first.field.inputValue()).toBe(both);
    await expect.poll(() => second.field.inputValue()).toBe(both);
  });

  it('shows a highlight made in one tab in the other, whose colour change then keeps its note', async () => {
    const first = await openReader();
    const second = await openReader();
    await selectParagraph(first, 1);
    await first.keyboard.press('n');
    await first.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).fill('Vu ici.');
    await first.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => paintedHighlights(second)).toEqual({ 'liseuse-yellow': 1 });

    // A colour picked in the other tab goes on from the record as stored: the note stays.
    await second.getByRole('button', { name: /^Highlights \(1\)$/ }).click();
    await second.locator('.highlight-item').first().click();
    await second.getByRole('dialog', { name: 'Highlight' }).getByRole('radio', { name: /pink/i }).check();
    await expect
      .poll(async () =>
        ((await ext.dumpDatabase()).highlights as { note: string; colour: string }[]).map((h) => [h.colour, h.note]),
      )
      .toEqual([['pink', 'Vu ici.']]);
    await expect.poll(() => paintedHighlights(first)).toEqual({ 'liseuse-pink': 1 });

    // The note completed in the first tab shows in the editor still open in the second.
    await first.getByRole('button', { name: /^Highlights \(1\)$/ }).click();
    await first.locator('.highlight-item').first().click();
    await first
      .getByRole('dialog', { name: 'Highlight' })
      .getByRole('textbox', { name: 'Note' })
      .fill('Vu ici, puis complété.');
    await expect
      .poll(() => second.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Vu ici, puis complété.');
  });

  it('exports Markdown with front matter, quote, note and block ids, and the same ids again', async () => {
    const page = await openReader();
    await selectParagraph(page, 2);
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).fill('À relire.');
    await page.getByRole('button', { name: 'Done' }).click();

    const exportMarkdown = async (): Promise<string> => {
      await page.getByRole('button', { name: 'Export notes' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
      await dialog.getByRole('radio', { name: /Markdown/ }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Éloge de la lecture lente 1.md');
      await page.waitForSelector('.export-dialog', { state: 'detached' });
      return readFile((await download.path())!, 'utf8');
    };

    const first = await exportMarkdown();
    const frontMatter = first.split('---\n')[1]!;
    expect(frontMatter).toContain('title: "Éloge de la \\"lecture\\" lente: #1"');
    expect(frontMatter).toContain(`url: "${URL_A}"`);
    expect(frontMatter).toContain('author: "Camille Moreau"');
    expect(frontMatter).toContain('published: 2025-04-02');
    expect(frontMatter).toContain(`liseuse-id: "${id}"`);
    expect(first).toContain(`> ${PARAGRAPHS[2]}`);
    expect(first).toContain('À relire.');
    const ids = [...first.matchAll(/^\^hl-([0-9a-f-]{36})$/gm)].map((match) => match[1]);
    expect(ids).toHaveLength(1);

    const second = await exportMarkdown();
    expect([...second.matchAll(/^\^hl-([0-9a-f-]{36})$/gm)].map((match) => match[1])).toEqual(ids);
  });

  it('is usable with the keyboard alone once a passage is highlighted, and axe finds no serious violation', async () => {
    const page = await openReader();
    await selectParagraph(page, 0);
    await page.keyboard.press('h');
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'liseuse-yellow': 1 });

    // From the top of the page: Tab to "Highlights", open the panel, reach the highlight, edit it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const toggle = page.getByRole('button', { name: /^Highlights \(1\)$/ });
    for (let step = 0; step < 10 && !(await toggle.evaluate((button) => button === document.activeElement)); step += 1)
      await page.keyboard.press('Tab');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const item = page.locator('.highlight-item').first();
    for (let step = 0; step < 10 && !(await item.evaluate((button) => button === document.activeElement)); step += 1)
      await page.keyboard.press('Tab');
    // Visible focus: the focused control draws an outline.
    expect(await item.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const checked = page.getByRole('dialog', { name: 'Highlight' }).getByRole('radio', { name: 'yellow' });
    await expect.poll(() => checked.evaluate((radio) => radio === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => paintedHighlights(page)).toMatchObject({ 'liseuse-green': 1 });

    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol: the extension's CSP forbids injected <script> tags.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              context: Document,
            ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/reader-highlights.png' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.highlight-editor', { state: 'detached' });
    expect(await item.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});

describe('highlights and notes in the Library', () => {
  let ext: TestBrowser;

  beforeEach(async () => {
    ext = await launchTestBrowser();
  });

  afterEach(async () => {
    await ext?.close();
  });

  it('re-attaches highlights after the page is re-saved with a paragraph inserted before them', async () => {
    const id = (await seedLibrary(ext, [article()]))[URL_A]!;
    const reader = await ext.context.newPage();
    await reader.goto(ext.extensionUrl(`reader.html?id=${id}`));
    await reader.waitForSelector('.article-body p');
    await reader.locator('.article-body p').nth(2).click({ clickCount: 3 });
    await reader.waitForSelector('.highlight-toolbar');
    await reader.getByRole('button', { name: 'Highlight in pink' }).click();
    await expect.poll(() => paintedHighlights(reader)).toEqual({ 'liseuse-pink': 1 });

    // The same URL saved again: a new paragraph at the top moves every passage.
    const resaved = article();
    resaved.extraction.html =
      `<p>Un chapeau ajouté par la rédaction.</p>${resaved.extraction.html}` as SaveInput['extraction']['html'];
    expect((await seedLibrary(ext, [resaved]))[URL_A]).toBe(id);
    await reader.reload();
    await reader.waitForSelector('.article-body p');
    await expect.poll(() => paintedHighlights(reader)).toEqual({ 'liseuse-pink': 1 });
    const painted = await reader.evaluate(() => [...CSS.highlights.get('liseuse-pink')!][0]!.toString());
    expect(painted).toBe(PARAGRAPHS[2]);
    // The new position was stored: the next opening finds it at once.
    const stored = await ext.testPage.evaluate(
      async (key) => (await globalThis.liseuseTest!.listHighlights(key))[0]!.target.selector[1].start,
      id,
    );
    expect(stored).toBeGreaterThan(PARAGRAPHS[0]!.length + 30);
  });

  it('filters articles with highlights, finds note words, and asks before deleting their notes', async () => {
    const other = article();
    other.pageUrl = other.extraction.url = 'https://revue.example/autre';
    other.extraction.title = 'Un autre article';
    const ids = await seedLibrary(ext, [article(), other]);
    const id = ids[URL_A]!;
    await ext.testPage.evaluate(async (key) => {
      await globalThis.liseuseTest!.putArticleNote(key, 'Relire avec les étudiants de master');
    }, id);
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    await page.waitForSelector('.library-row');

    await page.getByRole('button', { name: 'With highlights' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(1);
    await page.getByRole('button', { name: 'With highlights' }).click();
    await page.getByRole('button', { name: 'Reading list' }).click();
    await page.getByRole('searchbox').fill('etudiants');
    await expect.poll(() => page.locator('.library-row').count()).toBe(1);
    expect(await page.locator('.library-row').textContent()).toContain('Éloge');

    await page.getByRole('searchbox').fill('');
    await page.locator('.library-row').filter({ hasText: 'Éloge' }).locator('input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete highlights and notes too?' });
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Delete them too' }).evaluate((button) => button === document.activeElement),
      )
      .toBe(true);
    await dialog.getByRole('button', { name: 'Delete them too' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(2);
    await page.getByRole('button', { name: 'With highlights' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(1);

    // Export from the Library: every article with notes, as Markdown.
    await page.getByRole('button', { name: 'Export notes' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('Relire avec les étudiants de master');
  });
});
