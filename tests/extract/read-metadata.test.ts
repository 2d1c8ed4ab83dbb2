// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract/read-metadata';
import { page } from './dom';

const URL = 'https://news.example/2025/04/story';

function metadataOf(head: string, bodyHtml = '', htmlAttributes = '') {
  return readMetadata(
    page(`<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body>${bodyHtml}</body></html>`, URL),
    URL,
  );
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('readMetadata', () => {
  it('reads a NewsArticle in JSON-LD', () => {
    const metadata = metadataOf(
      jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Full headline &amp; more',
        author: [{ '@type': 'Person', name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
        publisher: { name: 'The Daily' },
        datePublished: '2025-04-02T08:14:00Z',
        inLanguage: 'en-GB',
        image: { url: '/lead.jpg' },
        description: 'What happened.',
      }),
    );
    expect(metadata).toMatchObject({
      title: 'Full headline & more',
      byline: 'Ada Lovelace, Alan Turing',
      siteName: 'The Daily',
      publishedTime: '2025-04-02T08:14:00Z',
      lang: 'en-GB',
      leadImage: 'https://news.example/lead.jpg',
      excerpt: 'What happened.',
    });
  });

  it('finds the article inside @graph', () => {
    const metadata = metadataOf(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Site' },
          { '@type': ['BlogPosting'], headline: 'Post title', author: { name: 'Jo' } },
        ],
      }),
    );
    expect(metadata.title).toBe('Post title');
    expect(metadata.byline).toBe('Jo');
  });

  it('survives broken JSON-LD and falls back to meta tags', () => {
    const metadata = metadataOf(`<script type="application/ld+json">{"@type": "Article",}</script>
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">
      <meta name="author" content="Bea"><meta property="article:published_time" content="2024-01-01">
      <meta property="og:image" content="https://cdn.example/og.jpg"><meta name="description" content="Desc">
      <meta property="og:locale" content="fr_FR">`);
    expect(metadata).toMatchObject({
      title: 'OG title',
      siteName: 'Site',
      byline: 'Bea',
      publishedTime: '2024-01-01',
      leadImage: 'https://cdn.example/og.jpg',
      excerpt: 'Desc',
      lang: 'fr-FR',
    });
  });

  it('prefers the page <h1> when og:title is a shortened form of it', () => {
    const metadata = metadataOf(
      '<meta property="og:title" content="Too many requests?">',
      '<h1>Too many requests? Here is why developers worry</h1>',
    );
    expect(metadata.title).toBe('Too many requests? Here is why developers worry');
  });

  it('reads lang and dir from the root element', () => {
    const metadata = metadataOf('', '', 'lang="ar" dir="rtl"');
    expect(metadata.lang).toBe('ar');
    expect(metadata.dir).toBe('rtl');
  });

  it('falls back to markup for the byline and the date', () => {
    const metadata = metadataOf(
      '',
      '<article><p class="byline">By Jane Doe</p><time datetime="2023-05-06T10:00:00Z">May 6</time><p>Text</p></article>',
    );
    expect(metadata.byline).toBe('Jane Doe');
    expect(metadata.publishedTime).toBe('2023-05-06T10:00:00Z');
  });

  it('ignores a profile URL given as the author', () => {
    expect(metadataOf('<meta property="article:author" content="https://facebook.com/someone">').byline).toBeNull();
  });

  it('takes the first real picture as lead image, skipping avatars, logos, placeholders and the site header', () => {
    const metadata = metadataOf(
      '',
      `
      <header><img src="/logo-site.png" width="300" height="80"></header>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==">
      <img src="/avatar/jo.jpg" class="avatar" width="96" height="96">
      <img src="/uploads/tiny.jpg" width="40" height="40">
      <figure><img src="/uploads/lead.jpg" width="1200" height="675"></figure>`,
    );
    expect(metadata.leadImage).toBe('https://news.example/uploads/lead.jpg');
  });

  it('reads the canonical URL but not a canonical pointing at the home page', () => {
    expect(metadataOf('<link rel="canonical" href="/2025/04/story-amp">').canonicalUrl).toBe(
      'https://news.example/2025/04/story-amp',
    );
    expect(metadataOf('<link rel="canonical" href="https://news.example/">').canonicalUrl).toBeNull();
  });
});
