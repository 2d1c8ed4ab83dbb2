import { describe, expect, it } from 'vitest';
import { stripNewsletterBoxes } from '../../lib/extract/strip-newsletter-boxes';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripNewsletterBoxes(page.root);
  return page.text();
}

describe('stripNewsletterBoxes', () => {
  it('removes a box themes mark by class (first pass)', () => {
    const text = strip(`<div class="newsletter-box"><p>Ne manquez rien de l’actualité IA</p>
      <form action="/newsletter/"><input type="email"><button>Je m’inscris</button></form></div>`);
    expect(text).not.toMatch(/Ne manquez|inscris/);
    expect(text).toContain('The council voted');
  });

  it('removes a class-less box around an email field', () => {
    const text = strip(
      '<div><p>Weekly digest</p><form><input type="email" name="email"><button>Go</button></form></div>',
    );
    expect(text).not.toContain('Weekly digest');
  });

  it('keeps the article when one form wraps the whole page (ASP.NET WebForms)', () => {
    const story =
      '<p>The route follows the old railway, and the stations sit where the villages grew around it.</p>'.repeat(8);
    const page = parseBody(
      `<form id="aspnetForm">${readabilityLike(`${story}<div><p>Weekly digest</p><input type="email" name="email"></div>`)}</form>`,
    );
    stripNewsletterBoxes(page.root);
    expect(page.text()).toContain('The council voted');
  });

  it('removes a pitch left without its form (second pass)', () => {
    const text = strip('<p>Subscribe to our newsletter and get the best stories in your inbox every morning.</p>');
    expect(text).not.toContain('Subscribe');
  });

  it('removes German and Spanish pitches', () => {
    const text = strip(
      '<p>Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen.</p><p>Suscríbete a nuestra newsletter gratuita.</p>',
    );
    expect(text).not.toMatch(/abonnieren|Suscríbete/);
  });

  it('keeps article text about newsletters and how-to steps that mention email', () => {
    const html = `<p>Substack lets writers sign up readers for a paid newsletter, and many now earn a living from it.</p>
      <p>Sign up with your email address, then confirm the link you receive.</p>
      <div class="post category-newsletter"><p>${'A long article filed under the newsletter category. '.repeat(20)}</p></div>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripNewsletterBoxes(page.root);
    expect(page.text()).toBe(before);
  });
});
