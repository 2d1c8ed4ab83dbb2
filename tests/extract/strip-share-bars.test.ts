import { describe, expect, it } from 'vitest';
import { stripShareBars } from '../../lib/extract/strip-share-bars';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripShareBars(page.root);
  return page.text();
}

const LINKS = `<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
  <a href="https://twitter.com/intent/tweet?url=x">X (Twitter)</a>
  <a href="mailto:?subject=Tram">E-mail</a>`;

describe('stripShareBars', () => {
  it('removes a share bar marked by class', () => {
    expect(strip(`<div class="share-buttons"><span class="share-label">Partager :</span>${LINKS}</div>`)).not.toMatch(
      /Partager|Facebook/,
    );
  });

  it('removes a class-less bar of share links with its caption', () => {
    const text = strip(`<div><span>Teilen</span> ${LINKS} <a href="whatsapp://send?text=x">WhatsApp</a></div>`);
    expect(text).not.toMatch(/Teilen|Facebook|WhatsApp/);
    expect(text).toContain('Construction is expected');
  });

  // Every kind of share address the step knows, in the case sites write them: each passes the
  // quick substring test as well as the full pattern.
  it.each([
    'https://www.facebook.com/dialog/share?app_id=1&href=x',
    'https://X.com/intent/post?url=x',
    'https://www.linkedin.com/shareArticle?mini=true&url=x',
    'https://www.reddit.com/submit?url=x',
    'https://www.pinterest.co.uk/pin/create/button/?url=x',
    'https://api.whatsapp.com/send?text=x',
    'WhatsApp://send?text=x',
    'https://t.me/share/url?url=x',
    'https://telegram.me/share/url?url=x',
    'https://www.tumblr.com/widgets/share/tool?canonicalUrl=x',
    'https://news.ycombinator.com/submitlink?u=x',
    'https://bsky.app/intent/compose?text=x',
    'https://getpocket.com/save?url=x',
    'https://share.flipboard.com/bookmarklet/popout?url=x',
    'https://www.xing.com/spi/shares/new?url=x',
    'https://vk.com/share.php?url=x',
    'https://www.threads.net/intent/post?text=x',
    'https://www.addtoany.com/share#url=x',
    'mailto:?body=x',
    'MAILTO:editor@example.org?subject=x',
    'sms:?&body=x',
  ])('removes a bar of two share links to %s', (href) => {
    const text = strip(`<div><a href="${href}">Partager</a> · <a href="${href}&amp;via=liseuse">Envoyer</a></div>`);
    expect(text).not.toMatch(/Partager|Envoyer/);
  });

  it('keeps a sentence with one share link and links to profiles', () => {
    const html = `<p>You can <a href="mailto:?subject=Tram">email this story to a friend</a> who rides the tram every day.</p>
      <p>Follow the mayor on <a href="https://twitter.com/mayor">Twitter</a> and <a href="https://facebook.com/mayor">Facebook</a>.</p>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripShareBars(page.root);
    expect(page.text()).toBe(before);
  });

  it('removes a share caption left alone once Readability dropped its buttons', () => {
    const text = strip('<p><span>Partager :</span></p><p>Condividi:</p>');
    expect(text).not.toMatch(/Partager|Condividi/);
    expect(text).toContain('Construction is expected');
  });

  it('keeps "share" as a word of the article, and a caption quoted by the author', () => {
    const html = `<p>Share</p><p>Share: the word the app shows on its button.</p>
      <blockquote><p>Partager :</p></blockquote>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripShareBars(page.root);
    expect(page.text()).toBe(before);
  });
});
