import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupFirstPaint } from '../components/popup/PopupFirstPaint';
import { appHasRendered, FIRST_PAINT_ID, recordFirstPaint } from '../lib/popup/first-paint';
import { sanitizedFirstPart } from '../lib/popup/sanitized-first-part';
import { startedReading } from '../lib/popup/start-reading';
import { applyUiLanguage } from '../lib/shared/i18n';

// The popup's second classic script, right after the bootstrap: paints the article's first
// screen as soon as the bootstrap's reading brings it, with the popup's own components, so that
// the popup's app (Preact app, storage, save) loads after that paint and takes over
// (lib/popup/first-paint.ts). A separate script, so that its parsing (the sanitizer, Preact)
// overlaps the reading instead of delaying it.
export default defineUnlistedScript(() => {
  const reading = startedReading();
  if (!reading) return;
  recordFirstPaint(
    reading.then(({ result }) => {
      if (!result.ok || appHasRendered()) return false;
      applyUiLanguage(document);
      const container = document.createElement('div');
      container.id = FIRST_PAINT_ID;
      document.getElementById('app')!.before(container);
      try {
        render(h(PopupFirstPaint, { first: sanitizedFirstPart(result.first) }), container);
      } catch (error) {
        // The app paints the article itself; an empty container would only hide it meanwhile.
        container.remove();
        throw error;
      }
      return true;
    }),
  );
});
