import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One page of the hostile corpus and what must hold for it (tests/fixtures/hostile/cases.json). */
export interface HostileCase {
  id: string;
  /** The class of attack: script, handler, url, mutation, iframe, form, base, metadata, remote… */
  kind: string;
  /** What must hold, in words, beyond the invariants every page shares. */
  holds: string;
  /** Text that must reach the reader as text, in the plain text and in the rendered Markdown. */
  mustShow: string[];
  /** The article must be filed under the page's own address, whatever the page claims. */
  filedUnderPage: boolean;
}

/** The corpus folder (a path: under jsdom the global URL is jsdom's, which fs refuses). */
export const HOSTILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** Every case of the corpus. */
export const HOSTILE_CASES: HostileCase[] = JSON.parse(readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8'));

/** A page's HTML with `{{ORIGIN}}` (the server its payloads call) filled in. */
export function hostilePage(id: string, origin: string): string {
  return readFileSync(join(HOSTILE_DIR, 'pages', `${id}.html`), 'utf8').replaceAll('{{ORIGIN}}', origin);
}

/** Collapses whitespace, as a reader sees text. */
export function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ');
}
