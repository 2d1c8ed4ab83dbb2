import { extractHtmlInFrame } from '../../lib/capture/extract-html';
import { onMessage } from '../../lib/shared/messages';

// Chrome's service worker has no DOM: Save link parses downloaded pages here.
onMessage('extractHtml', ({ html, url }) => extractHtmlInFrame(html, url));
