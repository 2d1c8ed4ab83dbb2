import type { ExtractionResult } from '../extract/types';

/** Work the parser sandbox does: extract an article from downloaded HTML within a budget. */
export interface SandboxJob {
  html: string;
  url: string;
  budgetMs: number;
}

/** Messages from the sandbox to the page that framed it. */
export type SandboxReply =
  { kind: 'ready' } | { kind: 'done'; value: ExtractionResult } | { kind: 'failed'; error: string };

/** The sandbox page, a manifest `sandbox` page (Chrome only: Firefox has none). */
export const SANDBOX_PATH = '/parser.html';
