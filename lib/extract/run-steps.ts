import type { ParsesBackTo } from '../shared/sanitize';
import type { ExtractOptions, ExtractionResult, UnsanitizedArticle } from './types';

// How the pipeline's steps are run (at once, or one per task), shared by the two scripts the
// extension injects; kept apart from the steps so that the second script carries none of them.

/** Options of an extraction that gives the page its main thread back between steps. */
export interface SlicedExtractOptions extends ExtractOptions {
  /** `performance.now()` time past which the extraction gives up with reason 'timeout'. */
  deadline: number;
  /** Lets the page run (its input, its rendering) between two steps. */
  yieldToPage: () => Promise<void>;
}

/** An extraction that gave no article, and why. */
export type ExtractionFailed = Extract<ExtractionResult, { ok: false }>;

/** What steps 1–7 (and the judgment) leave: Readability's article cleaned, its metadata, and how to sanitize it. */
export interface ArticleRead {
  ok: true;
  /** The article in the pipeline's own copy of the page, which step 8 sanitizes where it stands. */
  content: Element;
  fields: Omit<UnsanitizedArticle, 'html'>;
  win: Window;
  parsesBackTo?: ParsesBackTo;
  mark: (step: string) => string;
}

/** The article as steps 1–7 left it, serialized: what the page hands over for step 8 (lib/extract/finish-article.ts). */
export function unsanitizedArticle({ content, fields }: Pick<ArticleRead, 'content' | 'fields'>): UnsanitizedArticle {
  return { ...fields, html: content.outerHTML };
}

/** Runs a step generator to its end at once. */
export function runToEnd<T>(steps: Generator<string, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs a step generator one step per task, giving up past `options.deadline`. */
export async function runInSlices<T>(
  steps: Generator<string, T>,
  options: SlicedExtractOptions,
): Promise<T | ExtractionFailed> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() > options.deadline) {
      return { ok: false, reason: 'timeout', detail: `gave up after "${next.value}", past the time budget` };
    }
    await options.yieldToPage();
  }
}
