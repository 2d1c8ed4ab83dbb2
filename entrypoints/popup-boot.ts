import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReadingAtBoot } from '../lib/popup/start-reading';

// The popup's bootstrap: a small classic script popup.html runs as soon as it is parsed, before
// anything else of the popup has loaded. It takes the reading the toolbar click started in the
// background (Chrome) or starts one (Firefox, or a popup no click opened), so the extraction
// overlaps the popup's start-up; the next script (entrypoints/popup-paint.ts) is parsed while the
// reading comes, paints it, and the popup's own script takes it (lib/popup/read-active-tab.ts).
export default defineUnlistedScript(() => {
  startReadingAtBoot();
});
