import { extractInSandbox, markdownInSandbox } from '../../lib/capture/parse-in-sandbox';
import { onMessage } from '../../lib/messages';

// Chrome's service worker has no DOM: Save link's pages are parsed, and Markdown is made, in a
// sandbox this offscreen document frames and drops when a page takes too long.
onMessage('extractHtml', ({ html, url }) => extractInSandbox(html, url));
onMessage('markdownOf', ({ html }) => markdownInSandbox(html));
