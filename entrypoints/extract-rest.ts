import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { finishPage } from '../lib/capture/finish-page';

// Injected right after /extract.js has returned the article's first part: hands over the whole
// article as HTML, while the popup paints the first part; the popup (or, with no popup, the
// offscreen document) sanitizes it. WXT appends main's result as the script's last expression,
// and executeScript resolves with what it gives (wxt 0.20.27, plugins/iifeFooter).
export default defineUnlistedScript({ main: () => finishPage() });
