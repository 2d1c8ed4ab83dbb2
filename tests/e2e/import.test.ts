import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { zippedFixture } from '../import/import-fixtures';

// Importing in real Chromium: a Pocket zip through the options page's dry run and one click,
// then its articles in the Library, downloaded with "Download all" or on opening in the reader.

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

const rowTitles = (page: Page) => page.$$eval('.library-row', (rows) => rows.map((row) => ({
  title: row.querySelector('.library-row-title')!.textContent!.replace('★ ', '').trim(),
  pending: row.querySelector('.library-row-pending') !== null,
})));

describe('import from another service', () => {
  let ext: ExtensionBrowser;
  let site: { origin: string; server: Server };
  let dir = '';

  beforeAll(async () => {
    ext = await launchWithExtension();
    site = await openSite();
    dir = await mkdtemp(join(tmpdir(), 'liseuse-e2e-import-'));
  });

  afterAll(async () => {
    await ext?.close();
    site?.server.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows a dry run of a Pocket zip, then imports it: its items are in the Library, to download', async () => {
    const zip = await zippedFixture('pocket-2025', 'pocket.zip');
    const path = join(dir, 'pocket.zip');
    await writeFile(path, new Uint8Array(await zip.blob.arrayBuffer()));
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const dryRun = await importFiles(options, [path], /Found 5 articles and 3 highlights\. 0 are already in your library/);
    expect(dryRun).toContain('3 rows will be left out');
    expect(await options.textContent('[data-testid="import-done"]')).toContain('Imported: 5 added');

    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    // The reading list shows the unread ones; the three Pocket had archived are under "Archived".
    await expect.poll(async () => (await rowTitles(library)).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Only in the annotations', pending: true },
      { title: 'Tracked link', pending: true },
    ]);
    expect(await library.textContent('.library-downloads')).toContain('5 articles are not downloaded yet.');
  });

  it('downloads imported articles with "Download all", then reads them offline', async () => {
    const csv = `title,url,time_added,tags,status\nAu bord du lac,${site.origin}/lac,1700000000,lac,unread\nLe marché,${site.origin}/marche?utm_source=pocket,1700000100,,unread\n`;
    const path = join(dir, 'part_000001.csv');
    await writeFile(path, csv);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await importFiles(options, [path], /Found 2 articles/);

    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    await library.waitForSelector('.library-downloads button');
    await refusePermissionPrompts(library);
    await library.click('.library-downloads button');
    await expect.poll(async () => (await rowTitles(library)).filter((row) => row.title === 'Un matin au bord du lac' || row.title === 'Le marché du samedi'), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([{ title: 'Un matin au bord du lac', pending: false }, { title: 'Le marché du samedi', pending: false }]));
    expect(await library.textContent('.library-row:has-text("Un matin au bord du lac")')).toContain('#lac');

    site.server.close();
    await library.locator('.library-row-title', { hasText: 'Le marché du samedi' }).click();
    await library.waitForSelector('article');
    expect(await library.textContent('article')).toContain('Le marché du samedi attire toute la vallée');
  });

  it('downloads one imported article when it is opened in the reader', async () => {
    site = await openSite();
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
