import { extractFromHtml } from '../../lib/capture/extract-html';
import { markdownOf } from '../../lib/export/markdown-of';
import { onMessage } from '../../lib/shared/messages';

// Chrome's service worker has no DOM: Save link parses pages here, and Markdown is made here.
onMessage('extractHtml', ({ html, url }) => extractFromHtml(html, url));
onMessage('markdownOf', ({ html }) => markdownOf(html));
