import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReadingActiveTab } from '../lib/popup/start-reading';

// The popup's bootstrap: a small classic script popup.html runs as soon as it is parsed, before
// the popup's module script (Preact, the components, the sanitizer) has even loaded, so the
// extraction in the tab overlaps all of the popup's start-up. The popup's script takes the
// reading from here (lib/popup/read-active-tab.ts).
export default defineUnlistedScript(() => {
  void startReadingActiveTab();
});
