import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Libraries of any size made from the corpus pages (../shared/corpus/readability-test-pages, or
 * $LISEUSE_CORPUS), for bench/library: varied titles, dates, sites and reading state.
 */

const CORPUS = resolve(process.env.LISEUSE_CORPUS ?? '../shared/corpus/readability-test-pages');
/** Articles per import transaction, as a large backup restore would write them (one segment each). */
const IMPORT_BATCH = 5_000;

export interface CorpusPage {
  title: string;
  siteName: string | null;
  lang: string | null;
  html: string;
}

/** The corpus pages' expected articles and metadata; throws when there are none. */
export async function readCorpus(): Promise<CorpusPage[]> {
  const pages: CorpusPage[] = [];
  for (const name of (await readdir(CORPUS)).sort()) {
    const html = await readFile(join(CORPUS, name, 'expected.html'), 'utf8').catch(() => null);
    if (html === null) continue;
    const meta = JSON.parse(
      await readFile(join(CORPUS, name, 'expected-metadata.json'), 'utf8'),
    ) as Partial<CorpusPage>;
    pages.push({ title: meta.title || name, siteName: meta.siteName ?? null, lang: meta.lang ?? null, html });
  }
  if (pages.length === 0) throw new Error(`No corpus pages in ${CORPUS} (set LISEUSE_CORPUS)`);
  return pages;
}

/** Imports articles `from` … `to - 1`, generated inside the extension page, IMPORT_BATCH per transaction. */
export async function seedLibrary(page: Page, corpus: CorpusPage[], from: number, to: number): Promise<number> {
  return page.evaluate(
    async ({ corpus, from, to, batchSize }) => {
      const hooks = globalThis.liseuseTest!;
      const parser = new DOMParser();
      const pages = corpus.map((p) => {
        const doc = parser.parseFromString(p.html, 'text/html');
        doc.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre, tr').forEach((el) => el.append('\n'));
        const text = (doc.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
        return { ...p, text, words: text.split(/\s+/).length };
      });
      const angles = [
        'Why',
        'How',
        'Notes on',
        'Revisiting',
        'The case for',
        'Against',
        'Inside',
        'After',
        'Before',
        'Understanding',
      ];
      const sites = ['Le Monde', 'The Guardian', 'Ars Technica', 'Libération', 'BBC News', null];
      const start = performance.now();
      for (let first = from; first < to; first += batchSize) {
        const batch = [];
        for (let i = first; i < Math.min(to, first + batchSize); i += 1) {
          const p = pages[i % pages.length]!;
          // Ids of the form the extension gives: lib/storage/library-items.ts reads the list by id ranges.
          const id = crypto.randomUUID();
          const url = `https://site${i % 97}.example/articles/${i}`;
          const title = `${angles[i % angles.length]} ${p.title} (${Math.floor(i / pages.length) + 1})`;
          batch.push({
            article: {
              id,
              url,
              pageUrl: url,
              title,
              byline: null,
              siteName: p.siteName ?? sites[i % sites.length] ?? null,
              lang: p.lang,
              dir: null,
              publishedTime: null,
              excerpt: p.text.slice(0, 160),
              leadImage: null,
              wordCount: p.words,
              readingMinutes: Math.max(1, Math.round(p.words / 230)),
              savedAt: Date.UTC(2024, 0, 1) + i * 3_600_000,
              updatedAt: Date.UTC(2024, 0, 1) + i * 3_600_000,
              imageCount: 0,
              missingImageCount: 0,
              archived: i % 10 === 0,
              favorite: i % 20 === 0,
              tags: i % 7 === 0 ? ['lecture'] : [],
              progress: (i % 5) / 4,
            },
            body: { articleId: id, html: p.html, text: p.text },
            images: [],
          });
        }
        const result = await hooks.importArticles(batch as never);
        if (!result.ok) throw new Error(`import failed: ${result.reason}`);
      }
      return performance.now() - start;
    },
    { corpus, from, to, batchSize: IMPORT_BATCH },
  );
}
