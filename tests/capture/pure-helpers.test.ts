import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGE_KEYS } from '../../lib/shared/errors';
import { reasonForInjectionError } from '../../lib/capture/extract-in-tab';
import { isPdfUrl, isRestrictedUrl } from '../../lib/capture/restricted-urls';
import { listImageUrls } from '../../lib/saving/image-urls';
import { dataUrlToBlob } from '../../lib/saving/read-images-through-page';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://settings',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://flags',
    'view-source:https://a.example/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/fr/firefox/',
    'file:///home/me/page.html',
    'data:text/html,hi',
    '',
  ])('refuses %s', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(['https://news.example/article', 'http://127.0.0.1:8080/page.html', 'https://chrome.google.com/search'])(
    'allows %s',
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );

  it('allows file:// when the user granted file access', () => {
    expect(isRestrictedUrl('file:///home/me/page.html', true)).toBe(false);
  });

  it('recognizes PDF addresses by their path only', () => {
    expect(isPdfUrl('https://a.example/paper.PDF?download=1')).toBe(true);
    expect(isPdfUrl('https://a.example/pdf-tools')).toBe(false);
  });
});

describe('reasonForInjectionError', () => {
  it.each([
    ['The extensions gallery cannot be scripted.', 'restricted-page'],
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['Frame with ID 0 is showing error page', 'load-failed'],
    [
      'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
      'load-failed',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Missing host permission for the tab', 'no-access'],
    ['No tab with id: 42.', 'tab-gone'],
  ])('maps "%s" to %s', (message, reason) => {
    expect(reasonForInjectionError(message, 'https://a.example/')).toBe(reason);
  });

  it('calls a PDF a PDF when the viewer refuses scripting', () => {
    expect(reasonForInjectionError('Cannot access contents of the page.', 'https://a.example/x.pdf')).toBe('pdf');
  });
});

describe('listImageUrls', () => {
  it('lists distinct absolute image addresses in order, decoding entities', () => {
    const html =
      '<p>a</p><img alt="x > y src=&quot;https://evil.example/&quot;" src="https://a.example/1.png?a=1&amp;b=2">' +
      '<figure><img src="https://a.example/2.png" loading="lazy"></figure><img src="https://a.example/2.png">' +
      '<img src="data:image/gif;base64,R0lG"><IMG SRC="http://b.example/3.jpg"/><p>&lt;img src="https://no.example/"&gt;</p>';

    expect(listImageUrls(html)).toEqual([
      'https://a.example/1.png?a=1&b=2',
      'https://a.example/2.png',
      'http://b.example/3.jpg',
    ]);
  });
});

describe('dataUrlToBlob', () => {
  it('decodes base64 data URLs with their type', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,aGVsbG8=');
    expect(blob?.type).toBe('image/png');
    expect(blob?.size).toBe(5);
    expect(dataUrlToBlob('not a data url')).toBeNull();
  });
});

describe('reason messages', () => {
  it.each(['en', 'fr'])('has every reason translated in %s', (lang) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    const keys = [...Object.values(REASON_MESSAGE_KEYS), 'menuSavePage', 'menuSaveLink', 'actionTitleSaved'];
    for (const key of keys) expect(messages[key]?.message, key).toBeTruthy();
  });
});
