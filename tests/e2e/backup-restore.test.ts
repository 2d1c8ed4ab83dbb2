import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackup } from '../../lib/backup/read-backup';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { writeBackup } from '../../lib/backup/write-backup';
import type { BackupArticle } from '../../lib/backup/types';
import { killBrowser, launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { imageBytes, memorySink } from '../backup/backup-library';

// Backup and restore in real Chromium: back up from the options page and read the downloaded
// file; restore it into a fresh profile; kill the browser in the middle of a restore and finish it.

const dir = await mkdtemp(join(tmpdir(), 'liseuse-e2e-backup-'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Saves articles with images through the Library page's hooks (the Blobs are made in the page). */
async function seed(page: Page) {
  await page.waitForFunction(() => !!globalThis.liseuseLibrary);
  const images = [imageBytes(30_000, 7), imageBytes(12_000, 8)].map((bytes) => Buffer.from(bytes).toString('base64'));
  await page.evaluate(async (encoded) => {
    const hooks = globalThis.liseuseLibrary!;
    const blob = (base64: string) => new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
    const article = (url: string, title: string, text: string, keys: string[]) => ({
      pageUrl: url, missingImageCount: 0,
      images: keys.map((key, index) => ({ key, blob: blob(encoded[index]!), type: 'image/png', sourceUrl: key })),
      extraction: {
        url, title, byline: 'Ada', siteName: 'Journal', lang: 'fr', dir: 'ltr' as const, publishedTime: null, leadImage: null,
        excerpt: text, wordCount: 6, readingMinutes: 1, text,
        html: `<p>${text}</p>${keys.map((key) => `<img src="${key}" alt="">`).join('')}` as never,
      },
    });
    const first = await hooks.writeArticle(article('https://journal.example/eleves', 'Les élèves', 'Un texte sur les élèves.', ['https://cdn.example/1.png', 'https://cdn.example/2.png']));
    const second = await hooks.writeArticle(article('https://garden.example/tomatoes', 'Tomatoes', 'Tomatoes on a balcony.', []));
    if (!first.ok || !second.ok) throw new Error('seed failed');
    await hooks.updateArticles([first.article.id], { archived: true, favorite: true, progress: 0.4, readAt: 1_700_000_000_000 });
  }, images);
}

/** Every record of the Library, images as their size and SHA-256 (computed in the page). */
async function dump(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('liseuse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) => new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const images = await Promise.all((await all('images') as { blob: Blob }[]).map(async ({ blob, ...image }) => ({
      ...image, size: blob.size, sha256: hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())),
    })));
    const result = { articles: await all('articles'), bodies: await all('bodies'), images };
    db.close();
    return result;
  });
}

async function restoreFile(page: Page, path: string) {
  await page.setInputFiles('[data-testid="restore-file"]', path);
  await page.waitForSelector('[data-testid="restore-ready"]');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let source: ExtensionBrowser;
  let fresh: ExtensionBrowser;
  let backupPath = '';
  let before: Awaited<ReturnType<typeof dump>>;

  beforeAll(async () => {
    source = await launchWithExtension();
  });

  afterAll(async () => {
    await source?.close();
    await fresh?.close();
  });

  it('backs up from the options page; the downloaded file holds every article and image, checked', async () => {
    const library = await source.context.newPage();
    await library.goto(source.extensionUrl('library.html'));
    await seed(library);
    before = await dump(library);
    const options = await source.context.newPage();
    await options.goto(source.extensionUrl('options.html'));
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Back up now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^liseuse-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
    backupPath = join(dir, file.suggestedFilename());
    await file.saveAs(backupPath);
    await options.waitForSelector('[data-testid="backup-done"]');
    expect(await options.textContent('[data-testid="backup-done"]')).toContain('2 articles, 2 images');

    const opened = await openBackup(await openAsBlob(backupPath));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    expect(opened.backup.manifest.counts).toEqual({ articles: 2, images: 2, highlights: 0, notes: 0 });
    expect(await verifyBackup(opened.backup)).toMatchObject({ ok: true, problems: [] });
    const hashes = [];
    for await (const entry of opened.backup.articles()) {
      if (entry.kind !== 'read') throw new Error(entry.kind);
      for (const image of entry.article.images) hashes.push(sha256(new Uint8Array(await image.blob.arrayBuffer())));
    }
    expect(hashes.sort()).toEqual([sha256(imageBytes(30_000, 7)), sha256(imageBytes(12_000, 8))].sort());
  });

  it('restores it into a fresh profile: the same Library, record for record and byte for byte', async () => {
    fresh = await launchWithExtension();
    const options = await fresh.context.newPage();
    await options.goto(fresh.extensionUrl('options.html'));
    await restoreFile(options, backupPath);
    await options.waitForSelector('[data-testid="restore-done"]');
    expect(await options.textContent('[data-testid="restore-done"]')).toContain('2 added');
    const library = await fresh.context.newPage();
    await library.goto(fresh.extensionUrl('library.html'));
    await library.waitForSelector('.library-row');
    expect(await dump(library)).toEqual(before);
    expect(await library.$$eval('.library-row-title', (links) => links.map((link) => link.textContent))).toEqual(expect.arrayContaining(['Tomatoes']));
  });
});

describe('a restore killed halfway', () => {
  let ext: ExtensionBrowser | undefined;
  let profile = '';

  afterAll(async () => {
    await ext?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('leaves nothing half-restored, and restoring again completes it', async () => {
    // 150 articles of ~200 KB each: long enough to kill the browser in the middle.
    const articles: BackupArticle[] = Array.from({ length: 150 }, (_, index) => ({
      article: {
        id: `article-${String(index).padStart(3, '0')}`, url: `https://site${index % 7}.example/a/${index}`, title: `Article ${index}`, pageUrl: `https://site${index % 7}.example/a/${index}`,
        byline: null, siteName: null, lang: 'en', dir: 'ltr', publishedTime: null, excerpt: null, leadImage: null, wordCount: 4, readingMinutes: 1,
        savedAt: 1_700_000_000_000 + index, updatedAt: 1_700_000_000_000 + index, imageCount: 1, missingImageCount: 0,
        archived: false, favorite: index % 3 === 0, tags: [`tag${index % 4}`], progress: 0,
      },
      body: { html: `<p>Article number ${index}.</p><img src="https://cdn.example/${index}.jpg" alt="">`, fields: { text: `Article number ${index}.` } },
      images: [{ key: `https://cdn.example/${index}.jpg`, type: 'image/jpeg', blob: new Blob([imageBytes(200_000, index + 1)], { type: 'image/jpeg' }), fields: { sourceUrl: `https://cdn.example/${index}.jpg` } }],
      highlights: [], note: null,
    }));
    const sink = memorySink();
    await writeBackup((async function* () { yield* articles; })(), sink.writable, { generator: 'test' });
    const path = join(dir, 'big-backup.zip');
    await writeFile(path, new Uint8Array(await sink.blob().arrayBuffer()));

    ext = await launchWithExtension();
    profile = ext.profile;
    let options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await restoreFile(options, path);
    await options.waitForFunction(() => {
      const match = /Restoring: (\d+) of/.exec(document.querySelector('.run-progress')?.textContent ?? '');
      return match !== null && Number(match[1]) >= 10;
    }, undefined, { timeout: 60_000 });
    await killBrowser(ext);

    ext = await launchWithExtension([], { profile });
    options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await expect.poll(() => options.textContent('.options-warning'), { timeout: 10_000 }).toContain('did not finish');
    // Every article that made it is whole: its body and its image are there.
    const partial = await dump(options);
    expect(partial.articles.length).toBeGreaterThanOrEqual(1);
    expect(partial.articles.length).toBeLessThan(150);
    expect(partial.bodies.length).toBe(partial.articles.length);
    expect(partial.images.length).toBe(partial.articles.length);

    await restoreFile(options, path);
    await options.waitForSelector('[data-testid="restore-done"]', { timeout: 120_000 });
    const done = await options.textContent('[data-testid="restore-done"]');
    expect(done).toContain(`${150 - partial.articles.length} added`);
    expect(done).toContain(`${partial.articles.length} restored earlier`);
    const complete = await dump(options);
    expect(complete.articles).toHaveLength(150);
    expect(complete.images.map((image) => (image as { sha256: string }).sha256).sort()).toEqual(articles.map((_, index) => sha256(imageBytes(200_000, index + 1))).sort());
    expect(await options.$('.options-warning')).toBeNull();
  });
});
