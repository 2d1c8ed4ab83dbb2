import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathologicalPages } from '../../bench/pathological/pages';
import { launchTestBrowser, type TestBrowser } from '../support/test-browser';
import { hostilePage } from '../support/hostile-corpus';

// Save link parses pages nobody has looked at, in the extension itself. On Chrome the offscreen
// document hands each page to the parser sandbox (a manifest sandbox page, in a process of its
// own) and drops it past a time budget: a hostile page parses there like anywhere, and a heavy
// one never holds the extension's other pages.

type Reply = { value?: { ok: boolean; reason?: string; extraction?: { text: string; url: string } }; error?: string };

/** Sends `extractHtml` from an extension page, as the background does for Save link. */
function extractHtml(page: Page, html: string, url: string): Promise<Reply> {
  return page.evaluate(
    ([h, u]) => chrome.runtime.sendMessage({ liseuse: 'extractHtml', data: { html: h, url: u } }) as Promise<Reply>,
    [html, url] as const,
  );
}

describe('Save link in the parser sandbox (Chrome)', () => {
  let ext: TestBrowser;
  let sender: Page;

  beforeAll(async () => {
    ext = await launchTestBrowser();
    await ext.serviceWorker.evaluate(() =>
      chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'test' }),
    );
    sender = await ext.context.newPage();
    await sender.goto(ext.extensionUrl('options.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('parses a hostile page in the sandbox: the clobbered form changes nothing, nothing of it runs', async () => {
    const url = 'https://lac.example/hostile/clobber-every-form-property.html';
    const reply = await extractHtml(
      sender,
      hostilePage('clobber-every-form-property', 'https://attacker.example'),
      url,
    );
    expect(reply.value?.ok).toBe(true);
    expect(reply.value?.extraction?.text).toContain('Le lac était calme ce matin-là');
    const scripted = await extractHtml(sender, hostilePage('script-inline', 'https://attacker.example'), url);
    expect(scripted.value?.extraction?.text).not.toContain('liseusePwned');
    expect(await sender.evaluate(() => (window as { liseusePwned?: string }).liseusePwned ?? null)).toBeNull();
  });

  it('keeps the other extension pages answering while a 10 MB page is parsed, and answers for it', async () => {
    const heavy = pathologicalPages().find((page) => page.name === '10-mb-page')!;
    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    const order: string[] = [];
    const parse = extractHtml(
      sender,
      heavy.html.replaceAll('{{ORIGIN}}', 'https://img.example'),
      'https://lac.example/dix.html',
    ).then((reply) => {
      order.push('parsed');
      return reply;
    });
    // While the sandbox works, the Library (same extension process) answers at once, again and again.
    for (let round = 0; round < 5; round += 1) {
      await library.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      order.push('library answered');
    }
    const reply = await parse;
    expect(order.slice(0, 5)).toEqual(Array(5).fill('library answered'));
    // An article, or a clear 'timeout' when the page is past the budget: never silence.
    expect(reply.value?.ok === true || reply.value?.reason === 'timeout').toBe(true);
    await library.close();
  });
});
