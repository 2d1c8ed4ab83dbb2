import { extractInSandbox } from '../../lib/capture/parse-in-sandbox';
import { onMessage } from '../../lib/shared/messages';

// Chrome's service worker has no DOM: Save link's pages are parsed in a sandbox this offscreen
// document frames, and drops when a page takes too long.
onMessage('extractHtml', ({ html, url }) => extractInSandbox(html, url));
