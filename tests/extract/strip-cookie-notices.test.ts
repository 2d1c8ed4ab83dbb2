import { describe, expect, it } from 'vitest';
import { stripCookieNotices } from '../../lib/extract/strip-cookie-notices';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripCookieNotices(page.root);
  return page.text();
}

describe('stripCookieNotices', () => {
  it('removes a banner marked by id (first pass)', () => {
    const text =
      strip(`<div id="cookie-notice" role="dialog"><p>Nous utilisons des cookies pour vous garantir la meilleure expérience.</p>
      <button>Ok</button></div>`);
    expect(text).not.toContain('cookies');
    expect(text).toContain('The council voted');
  });

  it('removes a class-less notice that asks for consent (second pass)', () => {
    expect(
      strip(
        '<p>We use cookies to improve your experience. By clicking Accept you agree to our <a href="/privacy">policy</a>.</p>',
      ),
    ).not.toContain('We use cookies');
    expect(
      strip(
        '<div>Wir verwenden Cookies, um unsere Website zu verbessern. <a href="/datenschutz">Datenschutz</a></div>',
      ),
    ).not.toContain('Wir verwenden');
  });

  it('keeps an article about cookies and a quoted banner', () => {
    const html = `<p>Regulators say that sites which use cookies for advertising must ask first, a rule many still ignore.</p>
      <blockquote><p>We use cookies. Accept?</p></blockquote>
      <div class="has-cookie-consent-article"><p>${'A long article body that happens to sit in a consent-named wrapper. '.repeat(15)}</p></div>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripCookieNotices(page.root);
    expect(page.text()).toBe(before);
  });
});
