import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { finishPage } from '../lib/capture/finish-page';

// Injected right after /extract.js has returned the article's first part: finishes that article
// in the page (sanitized whole, its text), while the popup paints the first part. It alone carries
// the sanitizer, so the first script stays small. WXT appends main's promise as the script's last
// expression, and executeScript resolves with what it gives (wxt 0.20.27, plugins/iifeFooter).
export default defineUnlistedScript({ main: () => finishPage() });
