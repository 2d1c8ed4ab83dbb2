// @vitest-environment jsdom
// jsdom, not happy-dom: ArticleView sanitizes, and DOMPurify does not sanitize under happy-dom.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../../components/article/ArticleView';
import { IMAGE_KEY_ATTRIBUTE, MISSING_IMAGE_CLASS } from '../../../lib/reader/attach-stored-images';
import type { SafeHtml } from '../../../lib/shared/sanitize';
import { safeHtml } from '../../support/safe-html';
import { stubI18n } from '../../support/stub-i18n';

const IMG = 'https://news.example/a.jpg';

describe('ArticleView', () => {
  beforeEach(() => {
    stubI18n('en');
    // jsdom has no object URLs; hand out predictable ones.
    let n = 0;
    URL.createObjectURL = vi.fn(() => `blob:test/${++n}`);
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(cleanup);

  it('renders the article body', () => {
    const { container } = render(<ArticleView html={safeHtml('<h2>Heading</h2><p>Some <em>text</em>.</p>')} />);
    expect(container.querySelector('h2')?.textContent).toBe('Heading');
    expect(container.querySelector('p em')?.textContent).toBe('text');
  });

  it('sanitizes stored HTML again: no script, no handlers, no javascript: links', () => {
    // Forged on purpose: HTML read back from storage is untrusted too, whatever its type says.
    const hostile =
      '<p>ok</p><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">' +
      '<a href="javascript:window.pwned = 3">link</a><svg><script>window.pwned = 4</script></svg>';
    const { container } = render(<ArticleView html={hostile as SafeHtml} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('never points an image at the network: stored ones get object URLs, others a placeholder saying why', () => {
    const images = new Map([[IMG, new Blob(['x'], { type: 'image/jpeg' })]]);
    const html = `<img src="${IMG}" alt="kept"><img src="https://cdn.example/b.jpg" alt="A bridge">`;
    const { container } = render(
      <ArticleView html={safeHtml(html)} images={images} missingReason={() => 'Not kept'} />,
    );
    const [kept, missing] = container.querySelectorAll('img');
    expect(kept.getAttribute('src')).toBe('blob:test/1');
    expect(kept.getAttribute(IMAGE_KEY_ATTRIBUTE)).toBe(IMG);
    expect(missing.hasAttribute('src')).toBe(false);
    expect(missing.classList.contains(MISSING_IMAGE_CLASS)).toBe(true);
    expect(container.querySelector('.image-placeholder')?.textContent).toBe('A bridgeNot kept');
  });

  it('leaves no gap for a lead image that was not kept', () => {
    const { container } = render(<ArticleView html={safeHtml('<p>Body</p>')} leadImage={IMG} />);
    expect((container.querySelector('.article-lead-image') as HTMLElement).hidden).toBe(true);
  });

  it('drops a heading and a byline that repeat the header', () => {
    const html = '<h1>Trop de requêtes</h1><p>Par Camille Moreau · 2 avril</p><p>Body</p>';
    const { container } = render(
      <ArticleView
        html={safeHtml(html)}
        header={{ title: 'Trop de requêtes', siteName: null, byline: 'Camille Moreau' }}
      />,
    );
    expect(container.querySelector('.article-body')?.textContent).toBe('Body');
  });

  it('fills images in once they are saved, and revokes the object URLs it made', () => {
    const { container, rerender, unmount } = render(<ArticleView html={safeHtml(`<img src="${IMG}">`)} />);
    rerender(<ArticleView html={safeHtml(`<img src="${IMG}">`)} images={new Map([[IMG, new Blob(['x'])]])} />);
    expect(container.querySelector('img')?.getAttribute('src')).toBe('blob:test/1');
    unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('shows the lead image above the body', () => {
    const images = new Map([[IMG, new Blob(['x'])]]);
    const { container } = render(<ArticleView html={safeHtml('<p>Body</p>')} images={images} leadImage={IMG} />);
    const lead = container.querySelector('.article-lead-image img');
    expect(lead?.getAttribute('src')).toBe('blob:test/1');
  });

  it('opens the article links outside Liseuse', () => {
    const { container } = render(<ArticleView html={safeHtml('<p><a href="https://other.example/">x</a></p>')} />);
    const link = container.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });
});
