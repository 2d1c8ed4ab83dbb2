import { extractFromHtml } from '../../lib/extract-from-html';
import { markdownOf } from '../../lib/markdown-of';
import { onMessage } from '../../lib/messages';

// Chrome's service worker has no DOM: Save link parses pages here, and Markdown is made here.
onMessage('extractHtml', ({ html, url }) => extractFromHtml(html, url));
onMessage('markdownOf', ({ html }) => markdownOf(html));
