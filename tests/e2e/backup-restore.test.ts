import { openAsBlob, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openBackup } from '../../lib/backup/read-backup';
import { verifyBackup } from '../../lib/backup/verify-backup';
import { writeBackup } from '../../lib/backup/write-backup';
import type { BackupArticle } from '../../lib/backup/types';
import { annotationToRecord } from '../../lib/highlights/web-annotation';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/launch';
import { openTestPage } from '../../scripts/harness/test-page';
import type { DatabaseDump } from '../../scripts/test-page/hooks';
import { imageBytes, memorySink } from '../backup/backup-library';
import { launchTestBrowser, TEST_OUT_DIR, type TestBrowser } from '../support/test-browser';

// Backup and restore in real Chromium, each test in its own fresh browser: back up from the
// options page and read the downloaded file, then restore it into a fresh profile; kill the
// browser in the middle of a restore and finish it.

const dir = await mkdtemp(join(tmpdir(), 'liseuse-e2e-backup-'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const browsers: ExtensionBrowser[] = [];

async function fresh(): Promise<TestBrowser> {
  const browser = await launchTestBrowser();
  browsers.push(browser);
  return browser;
}

/** Saves two articles (one with images, tags, states, highlights and a note) through the test page's hooks. */
async function seed(testPage: Page) {
  const images = [imageBytes(30_000, 7), imageBytes(12_000, 8)].map((bytes) => Buffer.from(bytes).toString('base64'));
  await testPage.evaluate(async (encoded) => {
    const hooks = globalThis.liseuseTest!;
    const blob = (base64: string) =>
      new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/png' });
    const article = (url: string, title: string, text: string, keys: string[]) => ({
      pageUrl: url,
      missingImageCount: 0,
      images: keys.map((key, index) => ({ key, blob: blob(encoded[index]!), type: 'image/png', sourceUrl: key })),
      extraction: {
        url,
        title,
        byline: 'Ada',
        siteName: 'Journal',
        lang: 'fr',
        dir: 'ltr' as const,
        publishedTime: null,
        leadImage: null,
        excerpt: text,
        wordCount: 6,
        readingMinutes: 1,
        text,
        html: `<p>${text}</p>${keys.map((key) => `<img src="${key}" alt="">`).join('')}` as never,
      },
    });
    const first = await hooks.writeArticle(
      article('https://journal.example/eleves', 'Les élèves', 'Un texte sur les élèves.', [
        'https://cdn.example/1.png',
        'https://cdn.example/2.png',
      ]),
    );
    const second = await hooks.writeArticle(
      article('https://garden.example/tomatoes', 'Tomatoes', 'Tomatoes on a balcony.', []),
    );
    if (!first.ok || !second.ok) throw new Error('seed failed');
    await hooks.updateArticles([first.article.id], {
      archived: true,
      favorite: true,
      progress: 0.4,
      readAt: 1_700_000_000_000,
    });
    await hooks.editTags([first.article.id, second.article.id], { add: ['école'] });
    const target = (exact: string, start: number) => ({
      selector: [
        { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector' as const, start, end: start + exact.length },
      ] as const,
    });
    await hooks.putHighlights(first.article.id, [
      {
        id: crypto.randomUUID(),
        articleId: first.article.id,
        colour: 'yellow',
        note: 'Une **note**',
        target: target('les élèves', 12) as never,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_500,
      },
      {
        id: crypto.randomUUID(),
        articleId: first.article.id,
        colour: 'blue',
        note: '',
        target: target('Un texte', 0) as never,
        createdAt: 1_700_000_001_000,
        updatedAt: 1_700_000_001_000,
      },
    ]);
    await hooks.putArticleNote(first.article.id, 'What I think of it.');
  }, images);
}

/** The stores that hold the reader's data (the search stores are derived and rebuilt by a restore). */
function dataOf(dump: DatabaseDump) {
  // By each record's key (its fields' order may differ: a restore builds records anew).
  const keyOf = (record: unknown) => {
    const { id, articleId, key, url } = record as Record<string, unknown>;
    return [id, articleId, key, url].map((part) => String(part ?? '')).join(' ');
  };
  const sorted = (records: unknown[] = []) => [...records].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return Object.fromEntries(
    ['articles', 'bodies', 'images', 'highlights', 'notes', 'detachedNotes'].map((store) => [
      store,
      sorted(dump[store]),
    ]),
  );
}

async function restoreFile(page: Page, path: string) {
  await page.setInputFiles('[data-testid="restore-file"]', path);
  await page.waitForSelector('[data-testid="restore-ready"]');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
}

afterEach(async () => {
  for (const browser of browsers.splice(0)) await browser.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('backs up from the options page, the file holds every record checked, and it restores into a fresh profile the same', async () => {
    const source = await fresh();
    await seed(source.testPage);
    const before = await source.dumpDatabase();
    const imagesBefore = await source.testPage.evaluate(() => globalThis.liseuseTest!.imageDigests());
    const options = await source.context.newPage();
    await options.goto(source.extensionUrl('options.html'));
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Back up now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^liseuse-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
    const backupPath = join(dir, file.suggestedFilename());
    await file.saveAs(backupPath);
    await options.waitForSelector('[data-testid="backup-done"]');
    expect(await options.textContent('[data-testid="backup-done"]')).toContain('2 articles, 2 images');

    // The file, read in Node with the same reader: every entry checked, images byte for byte,
    // highlights and the note as W3C Web Annotations.
    const opened = await openBackup(await openAsBlob(backupPath));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    expect(opened.backup.manifest.counts).toEqual({ articles: 2, images: 2, highlights: 2, notes: 1 });
    expect(await verifyBackup(opened.backup)).toMatchObject({ ok: true, problems: [] });
    const hashes = [];
    for await (const entry of opened.backup.articles()) {
      if (entry.kind !== 'read') throw new Error(entry.kind);
      for (const image of entry.article.images) hashes.push(sha256(new Uint8Array(await image.blob.arrayBuffer())));
    }
    expect(hashes.sort()).toEqual([sha256(imageBytes(30_000, 7)), sha256(imageBytes(12_000, 8))].sort());
    const annotations = [];
    for await (const { source: url, annotation } of opened.backup.annotations())
      annotations.push({ url, record: annotationToRecord(annotation, 'x') });
    expect(annotations.map(({ url, record }) => [url, record.kind])).toEqual([
      ['https://journal.example/eleves', 'highlight'],
      ['https://journal.example/eleves', 'highlight'],
      ['https://journal.example/eleves', 'note'],
    ]);
    await source.close();

    const target = await fresh();
    const restore = await target.context.newPage();
    await restore.goto(target.extensionUrl('options.html'));
    await restoreFile(restore, backupPath);
    await restore.waitForSelector('[data-testid="restore-done"]');
    expect(await restore.textContent('[data-testid="restore-done"]')).toContain('2 added');
    expect(await restore.textContent('[data-testid="restore-done"]')).toContain('3 highlights and notes restored');
    expect(dataOf(await target.dumpDatabase())).toEqual(dataOf(before));
    expect(await target.testPage.evaluate(() => globalThis.liseuseTest!.imageDigests())).toEqual(imagesBefore);

    // The Library shows them (the archived one under its filters) and finds them by their highlights' notes.
    const library = await target.context.newPage();
    await library.goto(target.extensionUrl('library.html'));
    const titles = () => library.$$eval('.library-row-title', (links) => links.map((link) => link.textContent ?? ''));
    await expect.poll(titles, { timeout: 20_000 }).toEqual([expect.stringContaining('Tomatoes')]);
    await library.getByRole('button', { name: 'With highlights' }).click();
    await expect.poll(titles, { timeout: 20_000 }).toEqual([expect.stringContaining('Les élèves')]);
    await library.fill('.library-search', 'think');
    await expect.poll(titles, { timeout: 20_000 }).toEqual([expect.stringContaining('Les élèves')]);
  });
});

/** The main Chromium process of a profile: its command line names the profile and no --type. */
function browserPid(profile: string): number | null {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg === `--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type=')))
        return Number(entry);
    } catch {
      // The process ended while being read: not ours any more.
      continue;
    }
  }
  return null;
}

describe('a restore killed halfway', () => {
  it('leaves nothing half-restored, and restoring again completes it', async () => {
    // 150 articles of ~200 KB each, each with a highlight: long enough to kill the browser in the middle.
    const articles: BackupArticle[] = Array.from({ length: 150 }, (_, index) => {
      const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      return {
        article: {
          id,
          url: `https://site${index % 7}.example/a/${index}`,
          title: `Article ${index}`,
          pageUrl: `https://site${index % 7}.example/a/${index}`,
          byline: null,
          siteName: null,
          lang: 'en',
          dir: 'ltr',
          publishedTime: null,
          excerpt: null,
          leadImage: null,
          wordCount: 4,
          readingMinutes: 1,
          savedAt: 1_700_000_000_000 + index,
          updatedAt: 1_700_000_000_000 + index,
          imageCount: 1,
          missingImageCount: 0,
          archived: false,
          favorite: index % 3 === 0,
          tags: [`tag${index % 4}`],
          progress: 0,
        },
        body: {
          html: `<p>Article number ${index}.</p><img src="https://cdn.example/${index}.jpg" alt="">`,
          fields: { text: `Article number ${index}.` },
        },
        images: [
          {
            key: `https://cdn.example/${index}.jpg`,
            type: 'image/jpeg',
            blob: new Blob([imageBytes(200_000, index + 1)], { type: 'image/jpeg' }),
            fields: { sourceUrl: `https://cdn.example/${index}.jpg` },
          },
        ],
        highlights: [
          {
            id: `11111111-0000-4000-8000-${String(index).padStart(12, '0')}`,
            articleId: id,
            colour: 'yellow',
            note: `note ${index}`,
            target: {
              selector: [
                { type: 'TextQuoteSelector', exact: 'Article number', prefix: '', suffix: ` ${index}.` },
                { type: 'TextPositionSelector', start: 0, end: 14 },
              ],
            },
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
          },
        ],
        note: null,
      };
    });
    const sink = memorySink();
    await writeBackup(
      (async function* () {
        yield* articles;
      })(),
      sink.writable,
      { generator: 'test' },
    );
    const path = join(dir, 'big-backup.zip');
    await writeFile(path, new Uint8Array(await sink.blob().arrayBuffer()));

    const profile = await mkdtemp(join(tmpdir(), 'liseuse-e2e-restore-kill-'));
    const extension = extensionDir(process.env.LISEUSE_OUT_DIR ?? TEST_OUT_DIR);
    let ext = await launchWithExtension({ extension, profile });
    try {
      let options = await ext.context.newPage();
      await options.goto(ext.extensionUrl('options.html'));
      await restoreFile(options, path);
      await options.waitForFunction(
        () => {
          const match = /Restoring: (\d+) of/.exec(document.querySelector('.run-progress')?.textContent ?? '');
          return match !== null && Number(match[1]) >= 10;
        },
        undefined,
        { timeout: 60_000 },
      );
      const pid = browserPid(profile);
      if (pid === null) throw new Error('no browser process for the profile');
      process.kill(pid, 'SIGKILL');
      await ext.context.close().catch(() => undefined);

      ext = await launchWithExtension({ extension, profile });
      const testPage = await openTestPage(ext);
      options = await ext.context.newPage();
      await options.goto(ext.extensionUrl('options.html'));
      await expect.poll(() => options.textContent('.options-warning'), { timeout: 10_000 }).toContain('did not finish');
      // Every article that made it is whole: its body, its image and its highlight are there.
      const partial = await testPage.evaluate(() => globalThis.liseuseTest!.dumpDatabase());
      const restored = partial.articles!.length;
      expect(restored).toBeGreaterThanOrEqual(1);
      expect(restored).toBeLessThan(150);
      expect(partial.bodies).toHaveLength(restored);
      expect(partial.images).toHaveLength(restored);
      expect(partial.highlights).toHaveLength(restored);
      // Each with its list record and its text in the full-text index (written in the same transaction).
      expect(partial.libraryItems).toHaveLength(restored);
      expect((partial.libraryItems as { textDoc: number | null }[]).every((item) => item.textDoc !== null)).toBe(true);

      await restoreFile(options, path);
      await options.waitForSelector('[data-testid="restore-done"]', { timeout: 120_000 });
      const done = await options.textContent('[data-testid="restore-done"]');
      expect(done).toContain(`${150 - restored} added`);
      expect(done).toContain(`${restored} restored earlier`);
      const complete = await testPage.evaluate(() => globalThis.liseuseTest!.dumpDatabase());
      expect(complete.articles).toHaveLength(150);
      expect(complete.highlights).toHaveLength(150);
      expect(complete.libraryItems).toHaveLength(150);
      const digests = await testPage.evaluate(() => globalThis.liseuseTest!.imageDigests());
      expect(
        Object.values(digests)
          .map((digest) => digest.split(' ')[1])
          .sort(),
      ).toEqual(articles.map((_, index) => sha256(imageBytes(200_000, index + 1))).sort());
      expect(await options.$('.options-warning')).toBeNull();
    } finally {
      await ext.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
