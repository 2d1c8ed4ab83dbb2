import type { ExtractionResult } from '../extract/types';

/** Work the parser sandbox does: extract an article from downloaded HTML, or make Markdown. */
export type SandboxJob =
  | { kind: 'extract'; html: string; url: string; budgetMs: number }
  | { kind: 'markdown'; html: string };

/** What each job gives back. */
export interface SandboxResults {
  extract: ExtractionResult;
  markdown: string;
}

/** Messages from the sandbox to the page that framed it. */
export type SandboxReply =
  | { kind: 'ready' }
  | { kind: 'done'; value: SandboxResults[SandboxJob['kind']] }
  | { kind: 'failed'; error: string };

/** The sandbox page, a manifest `sandbox` page (Chrome only: Firefox has none). */
export const SANDBOX_PATH = '/parser.html';
