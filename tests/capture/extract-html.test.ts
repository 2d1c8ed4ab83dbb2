// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getArticle } from '../../lib/storage/articles';
import { extractHtmlHere } from '../../lib/capture/extract-html';
import { extractPage } from '../../lib/capture/extract-page';
import { saveLink } from '../../lib/saving/save-link';
import { stubMissingApis } from '../support/browser-stubs';

const PARAGRAPH = '<p>Some long paragraph of real text, with commas, and more words to read, again and again.</p>';
const ARTICLE = `<!doctype html><html lang="en"><head><title>Linked story</title></head><body>
  <script>window.ran = true;</script><img src="https://tracker.example/pixel.gif" onerror="window.ran = true">
  <article><h1>Linked story</h1>${PARAGRAPH.repeat(8)}</article></body></html>`;

describe('extractPage (the injected script)', () => {
  it('refuses PDF documents by their content type', async () => {
    const pdf = document.implementation.createDocument('http://www.w3.org/1999/xhtml', 'html');
    Object.defineProperty(pdf, 'contentType', { value: 'application/pdf' });

    expect(await extractPage(pdf)).toEqual({ ok: false, reason: 'pdf' });
  });

  it('answers "no-article" for a document with nothing in it, without throwing', async () => {
    const detached = document.implementation.createHTMLDocument('x');

    expect(await extractPage(detached)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});

describe('extractHtmlHere (Save link, where there is a DOM)', () => {
  it('extracts downloaded HTML without running anything in it', async () => {
    const result = await extractHtmlHere(ARTICLE, 'https://other.example/story');

    expect(result).toMatchObject({
      ok: true,
      extraction: { title: 'Linked story', url: 'https://other.example/story' },
    });
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('extracts the seed article like the live page', async () => {
    const html = readFileSync('tests/fixtures/seed-article/page.html', 'utf8');
    const result = await extractHtmlHere(html, 'http://127.0.0.1/seed/page.html');
    expect(result.ok).toBe(true);
  });
});

describe('saveLink', () => {
  let apis: ReturnType<typeof stubMissingApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = stubMissingApis();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('asks for permission when the site sends no CORS headers and none was granted', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );

    const result = await saveLink('https://other.example/story', { tabId: 1, tabUrl: 'https://news.example/' });

    expect(result).toMatchObject({ ok: false, reason: 'permission-needed' });
  });

  it('reads a same-site link through the page the menu was clicked in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    apis.executeScript.mockResolvedValueOnce([{ frameId: 0, result: ARTICLE }]);

    const result = await saveLink('https://news.example/next', { tabId: 1, tabUrl: 'https://news.example/home' });

    expect(apis.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 1 }, args: ['https://news.example/next'] }),
    );
    expect(result).toMatchObject({ ok: true, created: true });
    const saved = result.ok ? await getArticle(result.articleId) : undefined;
    expect(saved).toMatchObject({ title: 'Linked story', url: 'https://news.example/next' });
  });

  it('reports PDFs, HTTP errors and non-web addresses honestly', async () => {
    const respond = (body: string, init: ResponseInit) =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(body, init)),
      );

    respond('%PDF', { headers: { 'content-type': 'application/pdf' } });
    expect(await saveLink('https://other.example/a.pdf')).toMatchObject({ ok: false, reason: 'pdf' });
    respond('gone', { status: 404, headers: { 'content-type': 'text/html' } });
    expect(await saveLink('https://other.example/gone')).toMatchObject({ ok: false, reason: 'fetch-failed' });
    expect(await saveLink('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'fetch-failed' });
  });
});
