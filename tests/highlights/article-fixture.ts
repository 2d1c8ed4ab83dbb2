import { JSDOM } from 'jsdom';

export { articleHtml, paragraphHtml, paragraphText } from './article-text';

/** A fresh jsdom document whose `<div id="article">` holds `html`; returns that element. */
export function renderArticle(html: string): HTMLElement {
  const { document } = new JSDOM(`<!DOCTYPE html><html><body><div id="article">${html}</div></body></html>`).window;
  return document.getElementById('article') as HTMLElement;
}
