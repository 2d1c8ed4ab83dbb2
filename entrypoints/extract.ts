import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../lib/capture/extract-page';

// Injected only when the user acts (toolbar, shortcut, menu) with scripting.executeScript. WXT
// appends the IIFE's value (main's return) as the script's last expression, so executeScript
// resolves with this result (wxt 0.20.27, plugins/iifeFooter).
export default defineUnlistedScript(() => extractPage(document));
