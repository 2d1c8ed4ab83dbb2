import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Address the corpus pages were captured with; Readability's expected output resolves against it. */
export const CORPUS_URL = 'http://fakehost/test/page.html';

/** The repository's root, found from this file so that tests and the bench agree. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the 130 Readability test pages live, next to the repository (not copied into it). */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus/readability-test-pages');

/** One corpus page: its source, Readability's expected article, and expected metadata. */
export interface CorpusPage {
  name: string;
  source: string;
  expectedHtml: string;
  metadata: { title?: string | null; readerable?: boolean };
}

/** Reads every page folder of the corpus; throws with a clear message when it is missing. */
export function readCorpus(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `Corpus not found at ${CORPUS_DIR}: the corpus suite needs ../shared/corpus/readability-test-pages next to the repository.`,
    );
  }
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CORPUS_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(CORPUS_DIR, name, 'expected.html'), 'utf8'),
      metadata: JSON.parse(
        readFileSync(join(CORPUS_DIR, name, 'expected-metadata.json'), 'utf8'),
      ) as CorpusPage['metadata'],
    }));
}
