import { extractInSandbox } from '../../lib/capture/parse-in-sandbox';
import { onMessage } from '../../lib/shared/messages';
import { finishArticle } from '../../lib/extract/finish-article';

// Chrome's service worker has no DOM: Save link's pages are parsed in a sandbox this offscreen
// document frames, and drops when a page takes too long; the article a tab handed over (Save page
// with no popup) is sanitized here.
onMessage('extractHtml', ({ html, url }) => extractInSandbox(html, url));
onMessage('finishArticle', (article) => finishArticle(article, window));
