import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReadingAtBoot } from '../lib/popup/start-reading';

// The popup's bootstrap: a small classic script popup.html runs as soon as it is parsed, before
// the popup's module script (Preact, the components, the sanitizer) has even loaded. It takes the
// reading the toolbar click started in the background (Chrome) or starts one (Firefox, or a popup
// no click opened), so the extraction overlaps the popup's start-up. The popup's script takes the
// reading from here (lib/popup/read-active-tab.ts).
export default defineUnlistedScript(() => {
  startReadingAtBoot();
});
