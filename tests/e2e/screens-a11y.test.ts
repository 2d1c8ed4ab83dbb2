import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../../scripts/harness/artifacts';
import type { AttachedTarget } from '../../scripts/harness/cdp-target';
import { attachToPopup } from '../../scripts/harness/popup';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { clickToolbar } from '../../scripts/harness/toolbar';
import { axeRunExpression, blocking, type AxeViolation } from '../support/axe';
import { clickToolbarOnFailedPage, HOST_NOT_FOUND_ARGS, UNREACHABLE_ORIGIN } from '../support/failed-page';
import { libraryArticles, seedLibrary } from '../support/library-seed';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';
import type { SaveInput } from '../../lib/storage/schema';

// Every screen in English and French, light and dark, 1280 and 390 pixels wide (the popup has
// its own fixed width): a screenshot in test-artifacts/screens/ to look at, and axe-core over
// the page, which must find nothing serious or critical. One fresh browser per language, seeded
// before its tests: they only look, and none depends on another having run (each runs alone with -t).
const OUT = join(ARTIFACTS, 'screens');
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 390] as const;
type Scheme = (typeof SCHEMES)[number];

const FIXTURE = 'tests/fixtures/seed-article';
const AXE = axeRunExpression();
/** A page with nothing to read, only links (Liseuse shows its "no article" screen for it). */
const MENU_PAGE =
  '<!doctype html><title>Menu</title><nav><a href="/a">Home</a> <a href="/b">Archives</a> <a href="/c">Contact</a></nav>';
/** Every page checked, with what axe found there (all impacts), written to test-artifacts/. */
const report: { screen: string; violations: AxeViolation[] }[] = [];

/** A Hebrew article whose title keeps its site's name and whose body repeats heading and byline. */
function hebrewArticle(): SaveInput {
  const text = 'הקריאה האיטית מחזירה לנו את תשומת הלב. '.repeat(30);
  const html =
    `<h1>על הקריאה האיטית</h1><p>מאת נועה לוי</p><p>${text}</p>` +
    '<blockquote><p>ספר טוב הוא חבר שאינו ממהר.</p></blockquote>' +
    '<figure><img src="https://news.example.il/images/gone.jpg" alt="ספרייה ישנה בירושלים"></figure>' +
    `<p>${text}</p>`;
  return {
    pageUrl: 'https://news.example.il/slow-reading',
    images: [],
    missingImageCount: 1,
    unavailableImages: ['https://news.example.il/images/gone.jpg'],
    extraction: {
      url: 'https://news.example.il/slow-reading',
      title: 'על הקריאה האיטית | הארץ',
      byline: 'נועה לוי',
      siteName: 'הארץ',
      lang: 'he',
      dir: 'rtl',
      publishedTime: '2025-03-02T08:00:00Z',
      leadImage: null,
      excerpt: text.slice(0, 120),
      wordCount: 400,
      readingMinutes: 2,
      html: html as SaveInput['extraction']['html'],
      text,
    },
  };
}

async function check(screen: string, evaluate: (expression: string) => Promise<unknown>): Promise<AxeViolation[]> {
  const violations = (await evaluate(AXE)) as AxeViolation[];
  report.push({ screen, violations });
  return blocking(violations);
}

for (const lang of ['en', 'fr'] as const) {
  describe(`screens in ${lang === 'en' ? 'English' : 'French'}`, () => {
    let ext: TestBrowser;
    let site: FixtureServer;
    let ids: Record<string, string> = {};
    const shot = (name: string) => join(OUT, `${name}-${lang}.png`);

    beforeAll(async () => {
      ext = await launchTestBrowser({
        extraArgs: [`--lang=${lang}`, ...HOST_NOT_FOUND_ARGS],
        env: { LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      });
      site = await serveFixture(join(FIXTURE, 'site'), {
        '/page.html': join(FIXTURE, 'page.html'),
        '/menu.html': { html: MENU_PAGE },
      });
      await mkdir(OUT, { recursive: true });
      ids = await seedLibrary(ext, [...libraryArticles(), hebrewArticle()]);
    });

    afterAll(async () => {
      await site?.close();
      await ext?.close();
      await writeFile(join(ARTIFACTS, 'axe-report.json'), JSON.stringify(report, null, 2));
    });

    it('speaks the UI language and marks every page with it', async () => {
      for (const path of ['library.html', 'options.html', `reader.html?id=${ids['https://journal.example/long']}`]) {
        const page = await ext.context.newPage();
        await page.goto(ext.extensionUrl(path));
        expect(
          await page.evaluate(() => [document.documentElement.lang.slice(0, 2), document.documentElement.dir]),
        ).toEqual([lang, 'ltr']);
        await page.close();
      }
    });

    async function popupOn(url: string, scheme: Scheme): Promise<{ popup: AttachedTarget; close(): Promise<void> }> {
      let page;
      if (url.startsWith(UNREACHABLE_ORIGIN)) page = await clickToolbarOnFailedPage(ext, url);
      else {
        page = await ext.context.newPage();
        await page.goto(url);
        await clickToolbar(ext, page);
      }
      const popup = await attachToPopup(ext);
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      return {
        popup,
        close: async () => {
          await popup.close();
          await page.close();
        },
      };
    }

    for (const scheme of SCHEMES) {
      it(`popup, ${scheme}: the article, the Library view and each failure`, async () => {
        const article = await popupOn(site.url('/page.html'), scheme);
        const { popup } = article;
        await popup.waitFor(`document.querySelector('.save-status')?.dataset.state === 'saved'`);
        await popup.waitFor(
          `[...document.querySelectorAll('.article img')].every((img) => img.hidden || img.complete)`,
        );
        // The popup opens with the focus on the article, not nowhere.
        expect(await popup.evaluate<string>(`document.activeElement?.tagName`)).toBe('MAIN');
        expect(
          await popup.evaluate<number>(
            `Math.round(document.querySelector('.popup-bar').getBoundingClientRect().height)`,
          ),
        ).toBeLessThan(60);
        expect(await check(`popup article ${scheme} ${lang}`, (e) => popup.evaluate(e))).toEqual([]);
        await popup.screenshot(shot(`popup-article-${scheme}`));

        await popup.evaluate(`window.scrollTo(0, 900)`);
        await popup.evaluate(`[...document.querySelectorAll('.popup-bar button')].at(-1).click()`);
        await popup.waitFor(`document.querySelectorAll('.library-row').length > 0`);
        // The Library view opens at the top with the focus in its search, and only its list scrolls.
        expect(await popup.evaluate<string>(`document.activeElement?.className`)).toBe('library-search');
        expect(await popup.evaluate<number>(`window.scrollY`)).toBe(0);
        expect(await popup.evaluate<boolean>(`document.scrollingElement.scrollHeight <= innerHeight + 1`)).toBe(true);
        expect(await check(`popup library ${scheme} ${lang}`, (e) => popup.evaluate(e))).toEqual([]);
        await popup.screenshot(shot(`popup-library-${scheme}`));
        // Escape goes back to the article where the reader left it.
        await popup.send('Input.dispatchKeyEvent', {
          type: 'keyDown',
          key: 'Escape',
          code: 'Escape',
          windowsVirtualKeyCode: 27,
        });
        await popup.waitFor(`!document.querySelector('.popup-article-view').hidden`);
        expect(await popup.evaluate<number>(`window.scrollY`)).toBeGreaterThan(800);
        await article.close();

        for (const [name, url] of [
          ['restricted', 'chrome://version'],
          ['no-article', site.url('/menu.html')],
          ['load-failed', `${UNREACHABLE_ORIGIN}/`],
        ] as const) {
          const failure = await popupOn(url, scheme);
          await failure.popup.waitFor(`document.querySelector('.message h1')?.textContent`);
          expect(await check(`popup ${name} ${scheme} ${lang}`, (e) => failure.popup.evaluate(e))).toEqual([]);
          await failure.popup.screenshot(shot(`popup-error-${name}-${scheme}`));
          await failure.close();
        }
      });
    }

    async function pageAt(path: string, scheme: Scheme, width: number): Promise<Page> {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: width > 500 ? 860 : 780 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ext.extensionUrl(path));
      return page;
    }
    const setTheme = (page: Page, theme: string, fontSize = 18, lineWidth = 65) =>
      page.evaluate(
        (settings) =>
          chrome.storage.local.set({
            readerSettings: { ...settings, font: 'serif', lineHeight: 1.65 },
          }),
        { theme, fontSize, lineWidth },
      );
    /** Whether the contents beside the text reach into it (false when they are behind the button). */
    const outlineCoversText = (page: Page) =>
      page.evaluate(() => {
        const outline = document.querySelector('.reader-outline-side');
        if (!outline) return false;
        const text = document.querySelector('.article')!.getBoundingClientRect();
        return outline.getBoundingClientRect().right > text.left + 16;
      });

    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const at = `${scheme}-${width}`;
        it(`reader, ${at}: themes, settings, contents, right to left`, async () => {
          const page = await pageAt(`reader.html?id=${ids['https://journal.example/long']}`, scheme, width);
          await page.waitForSelector('.article-body');
          for (const theme of ['system', 'sepia']) {
            await setTheme(page, theme);
            await expect
              .poll(() => page.getAttribute('html', 'data-reader-theme'))
              .toBe(theme === 'system' ? null : theme);
            expect(await check(`reader ${theme} ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
            await page.screenshot({ path: shot(`reader-${theme}-${at}`) });
          }
          await setTheme(page, 'system');
          // The contents never cover the text: beside it when there is room, else behind a button.
          if (width > 1000) {
            expect(await page.locator('.reader-outline-side').count()).toBe(1);
            expect(await outlineCoversText(page)).toBe(false);
            // Text size 22, then the largest size and line width: the contents move behind the button.
            const textWidth = () =>
              page.evaluate(() => document.querySelector('.article')!.getBoundingClientRect().width);
            for (const [fontSize, lineWidth] of [
              [22, 65],
              [28, 100],
            ]) {
              const before = await textWidth();
              await setTheme(page, 'system', fontSize, lineWidth);
              await expect.poll(textWidth).toBeGreaterThan(before);
              await expect.poll(() => outlineCoversText(page)).toBe(false);
            }
            await expect.poll(() => page.locator('.reader-outline-side').count()).toBe(0);
            expect(await page.locator('.reader-bar button[aria-controls="reader-outline-menu"]').count()).toBe(1);
            await page.screenshot({ path: shot(`reader-largest-${at}`) });
            await setTheme(page, 'system');
          } else {
            expect(await page.locator('.reader-outline-side').count()).toBe(0);
            await page.locator('.reader-bar button[aria-controls="reader-outline-menu"]').click();
            await page.waitForSelector('#reader-outline-menu');
            expect(await check(`reader contents ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
            await page.screenshot({ path: shot(`reader-contents-${at}`) });
            await page.keyboard.press('Escape');
          }
          await page.locator('button[aria-controls="reader-settings-panel"]').click();
          await page.waitForSelector('#reader-settings-panel');
          expect(await check(`reader settings ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`reader-settings-${at}`) });
          await page.goto(ext.extensionUrl(`reader.html?id=${ids['https://news.example.il/slow-reading']}`));
          await page.waitForSelector('.image-placeholder');
          const rtl = await page.evaluate(() => ({
            title: document.querySelector('.article-title')!.textContent,
            bodyStart: document.querySelector('.article-body')!.textContent!.slice(0, 40),
            quoteBorder: getComputedStyle(document.querySelector('.article blockquote')!).borderRightWidth,
          }));
          expect(rtl.title).toBe('על הקריאה האיטית');
          expect(rtl.bodyStart).not.toContain('על הקריאה האיטית');
          expect(rtl.bodyStart).not.toContain('נועה לוי');
          expect(rtl.quoteBorder).toBe('3px');
          expect(await check(`reader rtl ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`reader-rtl-${at}`) });
          await page.close();
        });

        it(`library, ${at}: the list, a selection and a search`, async () => {
          const page = await pageAt('library.html', scheme, width);
          await page.waitForSelector('.library-row');
          expect(await check(`library list ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`library-list-${at}`) });
          const listTop = await page.$eval('.virtual-list', (list) => list.getBoundingClientRect().top);
          for (const index of [0, 1]) await page.locator('.library-row-check').nth(index).check();
          await page.waitForSelector('.library-selection');
          // The selection bar floats: the list stays where it was, and the bar fits the window.
          expect(await page.$eval('.virtual-list', (list) => list.getBoundingClientRect().top)).toBe(listTop);
          expect(
            await page.$eval('.library-selection', (bar) => bar.getBoundingClientRect().right),
          ).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
          expect(await check(`library selection ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`library-selection-${at}`) });
          await page.keyboard.press('Escape');
          await page.locator('.library-search').fill('eleve');
          await page.waitForSelector('.library-row mark');
          expect(await check(`library search ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`library-search-${at}`) });
          await page.close();
        });

        it(`options, ${at}`, async () => {
          const page = await pageAt('options.html', scheme, width);
          await page.waitForSelector('[data-testid=storage-total]');
          expect(await page.locator('input[role=switch]').first().isChecked()).toBe(true);
          expect(await check(`options ${at} ${lang}`, (e) => page.evaluate(e))).toEqual([]);
          await page.screenshot({ path: shot(`options-${at}`), fullPage: true });
          await page.close();
        });
      }
    }
  });
}
