import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';
import { zippedFixture } from '../import/import-fixtures';

// Importing in real Chromium: a Pocket zip through the options page's dry run and one click,
// then its articles and highlights in the Library, downloaded with "Download all" or on opening in the reader.

const PAGES: Record<string, string> = {
  '/lac': readFileSync('tests/fixtures/browser-pages/article.html', 'utf8'),
  '/marche': readFileSync('tests/fixtures/browser-pages/linked.html', 'utf8'),
};

/**
 * A site whose pages any origin may read (CORS allows every origin): headless Chromium
 * cannot answer the permission prompt, so the download goes through CORS, as it does on such sites.
 */
async function openSite(): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''];
    // Liseuse fetches with the reader's cookies (credentials: 'include'): CORS then needs the
    // exact origin and Allow-Credentials, not "*".
    response.writeHead(page ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
    });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Picks export files in the options page, checks the dry run, imports; returns the dry run's text. */
async function importFiles(options: Page, paths: string[], expected: RegExp): Promise<string> {
  await options.setInputFiles('[data-testid="import-files"]', paths);
  await options.waitForSelector('[data-testid="import-dry-run"]');
  const dryRun = (await options.textContent('[data-testid="import-dry-run"]')) ?? '';
  expect(dryRun).toMatch(expected);
  await options.getByRole('button', { name: /^Import \d+ articles$/ }).click();
  await options.waitForSelector('[data-testid="import-done"]');
  return dryRun;
}

/**
 * Headless Chromium shows the permission prompt but cannot answer it: the reader's answer is
 * made "no" here (permissions.request resolves false, as when the prompt is dismissed). The test
 * site's CORS headers then let the pages download all the same.
 */
async function refusePermissionPrompts(page: Page): Promise<void> {
  await page.evaluate(() => {
    chrome.permissions.request = (() => Promise.resolve(false)) as unknown as typeof chrome.permissions.request;
  });
}

const rowTitles = (page: Page) =>
  page.$$eval('.library-row', (rows) =>
    rows.map((row) => ({
      title: row.querySelector('.library-row-title')!.textContent!.replace('★ ', '').trim(),
      pending: row.querySelector('.library-row-pending') !== null,
    })),
  );

describe('import from another service', () => {
  // Each test has its own fresh browser, site and folder.
  let ext: TestBrowser | undefined;
  let site: { origin: string; server: Server } | undefined;
  let dir = '';

  async function start() {
    ext = await launchTestBrowser();
    site = await openSite();
    dir = await mkdtemp(join(tmpdir(), 'liseuse-e2e-import-'));
    return { ext, site, dir };
  }

  afterEach(async () => {
    await ext?.close();
    site?.server.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    ext = undefined;
    site = undefined;
    dir = '';
  });

  it('shows a dry run of a Pocket zip, then imports it: its items and highlights are in the Library, to download', async () => {
    const { ext, dir } = await start();
    const zip = await zippedFixture('pocket-2025', 'pocket.zip');
    const path = join(dir, 'pocket.zip');
    await writeFile(path, new Uint8Array(await zip.blob.arrayBuffer()));
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const dryRun = await importFiles(
      options,
      [path],
      /Found 5 articles and 3 highlights\. 0 are already in your library/,
    );
    expect(dryRun).toContain('3 rows will be left out');
    expect(await options.textContent('[data-testid="import-done"]')).toContain('Imported: 5 added');
    expect(await options.textContent('[data-testid="import-done"]')).toContain('with 3 highlights');

    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    // The reading list shows the unread ones; the three Pocket had archived are under "Archived".
    await expect
      .poll(async () => (await rowTitles(library)).sort((a, b) => a.title.localeCompare(b.title)), { timeout: 20_000 })
      .toEqual([
        { title: 'Only in the annotations', pending: true },
        { title: 'Tracked link', pending: true },
      ]);
    expect(await library.textContent('.library-downloads')).toContain('5 articles are not downloaded yet.');
    // Their highlights are real highlights: the filter lists their articles, search finds their words.
    await library.getByRole('button', { name: 'With highlights' }).click();
    await expect
      .poll(async () => (await rowTitles(library)).map((row) => row.title).sort(), { timeout: 20_000 })
      .toEqual(['Only in the annotations', 'Quotes, commas and "a quote"']);
    // Search finds the words of a highlight (its article is archived: Pocket had it twice, once archived).
    await library.fill('.library-search', 'highlighted passage');
    await expect
      .poll(async () => (await rowTitles(library)).map((row) => row.title), { timeout: 20_000 })
      .toEqual(['Quotes, commas and "a quote"']);
    const { highlights } = await ext.dumpDatabase();
    expect(
      (highlights as { target: { selector: { exact?: string }[] } }[])
        .map((highlight) => highlight.target.selector[0]!.exact)
        .sort(),
    ).toEqual(['a second one', 'kept although the CSV does not list it', 'the first highlighted passage']);
  });

  it('downloads imported articles with "Download all", places their highlights, then reads them offline', async () => {
    const { ext, site, dir } = await start();
    const csv = `title,url,time_added,tags,status\nAu bord du lac,${site.origin}/lac,1700000000,lac,unread\nLe marché,${site.origin}/marche?utm_source=pocket,1700000100,,unread\n`;
    const annotations = JSON.stringify([
      {
        url: `${site.origin}/lac`,
        title: 'Au bord du lac',
        highlights: [
          { quote: 'la brume se levait lentement', created_at: 1700001000 },
          { quote: 'a passage this page does not have', created_at: 1700002000 },
        ],
      },
    ]);
    const path = join(dir, 'part_000001.csv');
    await writeFile(path, csv);
    await mkdir(join(dir, 'annotations'));
    const annotationsPath = join(dir, 'annotations', 'part_000000.json');
    await writeFile(annotationsPath, annotations);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await importFiles(options, [path, annotationsPath], /Found 2 articles and 2 highlights/);

    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    await library.waitForSelector('.library-downloads button');
    await refusePermissionPrompts(library);
    await library.click('.library-downloads button');
    await expect
      .poll(
        async () =>
          (await rowTitles(library)).filter(
            (row) => row.title === 'Un matin au bord du lac' || row.title === 'Le marché du samedi',
          ),
        { timeout: 60_000 },
      )
      .toEqual(
        expect.arrayContaining([
          { title: 'Un matin au bord du lac', pending: false },
          { title: 'Le marché du samedi', pending: false },
        ]),
      );
    expect(await library.textContent('.library-row:has-text("Un matin au bord du lac")')).toContain('#lac');
    // Downloaded, its highlight is placed in the page (position and context stored); the quote
    // the page does not have is kept as it was, an orphan the reader lists.
    const quotes = (
      (await ext.dumpDatabase()).highlights as {
        target: { selector: [{ exact: string; prefix: string }, { start: number }] };
      }[]
    ).map(({ target }) => ({
      exact: target.selector[0].exact,
      placed: target.selector[0].prefix !== '' && target.selector[1].start > 0,
    }));
    expect(quotes.sort((a, b) => a.exact.localeCompare(b.exact))).toEqual([
      { exact: 'a passage this page does not have', placed: false },
      { exact: 'la brume se levait lentement', placed: true },
    ]);

    site.server.close();
    await library.locator('.library-row-title', { hasText: 'Le marché du samedi' }).click();
    await library.waitForSelector('article');
    expect(await library.textContent('article')).toContain('Le marché du samedi attire toute la vallée');
  });

  it('downloads one imported article when it is opened in the reader', async () => {
    const { ext, site, dir } = await start();
    const path = join(dir, 'instapaper.csv');
    await writeFile(path, `URL,Title,Selection,Folder\n${site.origin}/lac#comments,Imported title,,Starred\n`);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await importFiles(options, [path], /Found 1 articles/);
    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    await library.locator('.library-row-title', { hasText: 'Imported title' }).click();
    await library.waitForSelector('.not-downloaded');
    await refusePermissionPrompts(library);
    await library.click('.not-downloaded button');
    await library.waitForSelector('article', { timeout: 30_000 });
    expect(await library.textContent('article')).toContain('la brume se levait');
  });
});
