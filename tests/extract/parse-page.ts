import { JSDOM } from 'jsdom';

/** Address every snippet test page lives at, so that "same site" and "this page" mean something. */
export const PAGE_URL = 'https://news.example/section/this-article/';

/**
 * Parses `body` as the body of a page at PAGE_URL (with jsdom, as the command line does) and
 * returns the body element plus a reader for its collapsed text.
 */
export function parseBody(body: string): { root: HTMLElement; text: () => string } {
  const { document } = new JSDOM(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`, {
    url: PAGE_URL,
  }).window;
  const root = document.body;
  return { root, text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

/**
 * Wraps `inner` like Readability's output: no classes, inside `div#readability-page-1`, between
 * two ordinary paragraphs so that a rule cannot lean on being first or last.
 */
export function readabilityLike(inner: string): string {
  return `<div id="readability-page-1" class="page"><div>
    <p>The council voted on Tuesday to extend the tram line to the northern suburbs, a project debated for a decade.</p>
    ${inner}
    <p>Construction is expected to start next spring, and the first trams should run before the end of 2028.</p>
  </div></div>`;
}
